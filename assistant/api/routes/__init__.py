"""One router per resource; each route parses input, calls one Assistant method, returns its model."""
