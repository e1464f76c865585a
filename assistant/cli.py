"""`delib`: the command line face. Each command parses its input, calls one `Assistant` method
and renders; errors become one clear French line (`CliError`), never a traceback."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import click

from assistant.errors import AssistantError
from assistant.models import Answer, SearchResponse
from assistant.service import Assistant
from index.errors import BadSetting
from index.settings import settings
from index.store import FILE_NAME as INDEX_FILE
from corpus.errors import CorpusError
from corpus.parse import parse_file

MAX_DEFAULT_WORKERS = 4  # `delib serve` without --workers: one per core up to this
INDEX_OPTION = click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path),
                            help="Index folder (default: $DELIB_INDEX, else the user data folder).")
MODEL_OPTION = click.option("--model", default=lambda: settings().model,
                            help="Embedding model: default e5-small (bundled), or a sentence-transformers "
                                 "folder / name [default: $DELIB_MODEL].")


class CliError(click.ClickException):
    """A one-line French error on stderr ("erreur : …"), exit status 1; click's own prefix is English."""

    def show(self, file=None) -> None:
        click.echo(f"erreur : {self.format_message()}", err=True, file=file)


@contextmanager
def opened(index_dir: Path | None, model: str | None = None, create: bool = False) -> Iterator[Assistant]:
    """The Assistant on `index_dir`, errors turned into one-line CLI messages. Only the commands
    that fill an index (`create`) make one: asking a folder that holds none says so, rather than
    answering from a new empty index (a mistyped `--index` would look like an empty archive)."""
    folder = index_dir or settings().index_dir
    if not create and not (folder / INDEX_FILE).is_file():
        raise CliError(f"aucun index dans {folder} : créez-le avec "
                                   f"`delib ingest FICHIERS... --index {folder}` (ou `delib demo`)")
    try:
        assistant = Assistant.open(index_dir, model=model)
    except (AssistantError, CorpusError, OSError) as exc:
        raise CliError(getattr(exc, "message", str(exc))) from exc
    try:
        yield assistant
    except AssistantError as exc:
        raise CliError(exc.message) from exc
    finally:
        assistant.close()


def sample_archive() -> Path:
    """The bundled sample archive (the Dijon Métropole deliberation of 17 September 2020)."""
    return Path(str(resources.files("corpus") / "sample"))


@click.group(invoke_without_command=True)
@click.version_option(package_name="delib")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Questions en français sur les délibérations des conseils, réponses citées."""
    try:
        settings()  # read once, before any command: a bad value stops here, named
    except BadSetting as exc:
        raise CliError(str(exc)) from exc
    if ctx.invoked_subcommand is None:
        ctx.invoke(tui)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@INDEX_OPTION
@MODEL_OPTION
@click.option("--prune", is_flag=True, help="Drop documents whose files have vanished.")
@click.option("--collectivity", default=None,
              help="The collectivity of these files, whatever their text prints (rarely needed).")
def ingest(paths: tuple[Path, ...], index_dir: Path | None, model: str | None, prune: bool,
           collectivity: str | None) -> None:
    """Ingest files and folders (.txt .pdf .docx .md .html); unchanged files are skipped."""
    from rich.progress import Progress

    with opened(index_dir, model, create=True) as assistant, Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingestion", total=None)

        def progress(name: str, done: int, total: int) -> None:
            (bar.reset if done == 0 else bar.update)(task, completed=done, total=total, description=name[:40])  # 0: next phase

        summary = assistant.ingest(list(paths), prune=prune, progress=progress,
                                   collectivity=collectivity.strip() if collectivity else None)
        gaps = assistant.reading_gaps(summary.added + summary.updated)
    click.echo(f"{len(summary.added)} ajoutés, {len(summary.updated)} mis à jour, "
               f"{len(summary.unchanged)} inchangés, {len(summary.removed)} retirés ; "
               f"{summary.seances} séances, {summary.deliberations} délibérations, "
               f"{summary.chunks} passages ; {summary.seconds:.1f} s")
    for name, missing in gaps:
        click.echo(f"lecture incomplète : {name} : {', '.join(missing)}")
    for error in summary.errors:
        click.echo(f"erreur : {error['path']} : {error['reason']}", err=True)
    if summary.errors and not (summary.added or summary.updated or summary.unchanged):
        sys.exit(1)


def _batch(handle: Callable[[dict], dict]) -> None:
    """One JSON object per stdin line → one JSON object per stdout line, same order."""
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            reply = {"id": None, "error": "ligne ignorée : un objet JSON par ligne est attendu, "
                                          'par exemple {"id": "q1", "question": "…"}'}
        else:
            try:
                reply = handle(request)
            except (ValueError, AssistantError) as exc:
                reply = {"id": request.get("id"), "error": getattr(exc, "message", str(exc))}
            except Exception as exc:  # noqa: BLE001 — one question's failure must not end the batch
                click.echo(f"erreur interne sur la question {request.get('id')!r} : {type(exc).__name__}: {exc}", err=True)
                reply = {"id": request.get("id"), "error": "erreur interne : cette question n'a pas pu être traitée "
                                                           "(le détail est écrit sur la sortie d'erreur)"}
        click.echo(json.dumps(reply, ensure_ascii=False))


def _render_answer(answer: Answer) -> None:
    click.echo(answer.answer)
    for number, citation in enumerate(answer.citations, start=1):
        quote = " ".join(citation.quote.split())
        click.echo(f"  [{number}] {citation.document} {citation.start}-{citation.end} ({citation.id})")
        click.echo(f"      « {quote[:300]}{'…' if len(quote) > 300 else ''} »")


@cli.command()
@click.argument("question")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="JSON answer; with QUESTION '-', JSON lines on stdin.")
def ask(question: str, index_dir: Path | None, as_json: bool) -> None:
    """Answer a question, with citations."""
    with opened(index_dir) as assistant:
        if question == "-" and as_json:
            def handle(request: dict) -> dict:
                try:
                    answer = assistant.ask(str(request.get("question", "")), request.get("session_id"),
                                           request.get("id"))
                except AssistantError as exc:
                    return {"id": request.get("id"), "question": request.get("question"), "answered": False,
                            "kind": "error", "answer": exc.message, "citations": [], "deliberations": []}
                return answer.model_dump(exclude={"session_id"})
            _batch(handle)
            return
        answer = assistant.ask(question)
        if as_json:
            click.echo(answer.model_dump_json(exclude={"session_id"}))
        else:
            _render_answer(answer)


@cli.command()
@click.argument("query")
@INDEX_OPTION
@click.option("--k", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="JSON results; with QUERY '-', JSON lines on stdin.")
def search(query: str, index_dir: Path | None, k: int, as_json: bool) -> None:
    """Search passages (hybrid: meaning + words)."""
    with opened(index_dir) as assistant:
        if query == "-" and as_json:
            def handle(request: dict) -> dict:
                text = request.get("query") or request.get("question") or ""
                response = assistant.search(str(text), k=int(request.get("k", k)))
                return {"id": request.get("id"), **response.model_dump()}
            _batch(handle)
            return
        response: SearchResponse = assistant.search(query, k=k)
        if as_json:
            click.echo(response.model_dump_json())
            return
        for result in response.results:
            click.echo(f"{result.score:.3f}  {result.document} {result.start}-{result.end}  ({result.id})")
            click.echo(f"      {' '.join(result.text.split())[:200]}")


@cli.command()
@click.argument("citation_id")
@INDEX_OPTION
def show(citation_id: str, index_dir: Path | None) -> None:
    """Show a cited passage in its context."""
    with opened(index_dir) as assistant:
        view = assistant.citation(citation_id)
    click.echo(f"{view.document} — {view.collectivity or ''} {view.seance_date or ''}".rstrip())
    if view.deliberation_title:
        click.echo(f"Délibération : {view.deliberation_title}")
    click.echo("")
    click.echo(view.before + click.style(view.quote, bold=True, reverse=True) + view.after)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", type=click.IntRange(min=1), default=None, envvar="WEB_CONCURRENCY",
              help="Worker processes [default: $WEB_CONCURRENCY, else one per core, at most "
                   f"{MAX_DEFAULT_WORKERS}].")
@INDEX_OPTION
def serve(host: str, port: int, workers: int | None, index_dir: Path | None) -> None:
    """Serve the HTTP API (OpenAPI at /docs)."""
    import os

    import uvicorn

    # the workers are new processes: they read their settings, so the index, from the environment;
    # a single worker runs in this process, which reads them again after the change
    os.environ["DELIB_INDEX"] = str(index_dir or settings().index_dir)
    settings.cache_clear()
    uvicorn.run("assistant.api.app:create_app", factory=True, host=host, port=port,
                workers=workers or default_workers())


def default_workers() -> int:
    """One worker per core this process may run on, at most MAX_DEFAULT_WORKERS.

    Workers share the index and the conversation memory on disk (SQLite, WAL), so any of them
    answers any request; each holds its own embedding model and catalogue in memory, which is
    what the cap bounds. A container limited to one core gets one worker (in-process, no
    supervisor).
    """
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_DEFAULT_WORKERS))


@cli.command()
@click.option("--server", default=None, help="Use a running delib HTTP API instead of the local index.")
@INDEX_OPTION
def tui(server: str | None, index_dir: Path | None) -> None:
    """Open the terminal app (bare `delib` does too)."""
    from tui.app import make_app

    config = settings()
    make_app(server=server, index_dir=index_dir, api_key=config.api_key or config.read_key).run()


@cli.command()
@INDEX_OPTION
def demo(index_dir: Path | None) -> None:
    """Ingest the bundled sample archive if needed, then open the terminal app."""
    with opened(index_dir, create=True) as assistant:
        if assistant.health().documents == 0:
            summary = assistant.ingest([sample_archive()])
            click.echo(f"Archive d'exemple indexée : {summary.deliberations} délibération(s), "
                       f"{summary.chunks} passages.")
        if not sys.stdout.isatty():
            _render_answer(assistant.ask("Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020 ?"))
            return
    from tui.app import make_app

    make_app(index_dir=index_dir).run()


@cli.command()
@click.argument("document")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Every field read, with the text of its span.")
def inspect(document: str, index_dir: Path | None, as_json: bool) -> None:
    """What was read from one document: an indexed one (id or file name) or a file, not indexed."""
    from assistant import inspection

    path = Path(document)
    if path.is_file():
        try:
            parsed = parse_file(path)
        except CorpusError as exc:
            raise CliError(f"{path.name} : {exc.reason}") from exc
    else:
        with opened(index_dir) as assistant:
            parsed = assistant.document(document)
    if as_json:
        click.echo(json.dumps(inspection.annotated(parsed), ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(inspection.summary_lines(parsed)))


@cli.group()
def export() -> None:
    """Export the indexed records in open-data formats."""


@export.command("scdl")
@INDEX_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="CSV file to write (default: standard output).")
def export_scdl_command(index_dir: Path | None, output: Path | None) -> None:
    """The deliberations as an SCDL « Délibérations » 2.1.5 CSV (columns not held stay empty)."""
    from assistant.scdl import export_scdl  # here: this command is the CLI's only user of it

    with opened(index_dir) as assistant:
        text = export_scdl(assistant)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8", newline="")
        click.echo(f"export SCDL écrit dans {output}", err=True)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
