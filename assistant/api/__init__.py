"""The HTTP face of the assistant: FastAPI app, one router per resource (see `app.create_app`)."""
