"""Optional phrasing of an answer by an OpenAI-compatible chat endpoint (`DELIB_LLM_URL`).

The extractive answer is always computed first, from the records and the cited passages. When an
endpoint is configured, it is asked to rephrase that answer from the same facts and numbered
passages only, each sentence ending with the number of the passage that proves it ("[1]"). What
comes back is checked before it replaces anything: every sentence must carry a marker of an
existing citation, and every figure and every capitalised name it states (past the sentence's
first word) must stand in the extractive answer or in the passages that sentence cites. Anything
else (no endpoint reachable, a timeout, a malformed reply, an uncited sentence, an invented
figure or name) keeps the extractive answer: a model may only make the answer read better, never
change what it says.

Settings: `DELIB_LLM_URL` (the API base, e.g. http://127.0.0.1:8080/v1, or its /chat/completions
route), `DELIB_LLM_MODEL` (default "default"), `DELIB_LLM_API_KEY` (sent as a Bearer token),
`DELIB_LLM_TIMEOUT` (seconds, default 20), read by `index.settings`.
"""
from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from dataclasses import dataclass

from assistant.models import Answer
from corpus.names import strip_accents
from index.settings import Settings

log = logging.getLogger("delib.phrasing")

MAX_REPLY_CHARS = 1500
SYSTEM_PROMPT = (
    "Tu reformules, pour un agent de collectivité, la réponse d'un assistant sur les délibérations "
    "d'un conseil. N'utilise que les faits de la réponse et des extraits numérotés fournis : "
    "n'ajoute aucun fait, aucun chiffre, aucun nom. Réponds en français, en une à trois phrases "
    "courtes. Termine chaque phrase par le numéro de l'extrait qui la prouve, entre crochets, "
    "par exemple [1]."
)
MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\s\[])")
FIGURE = re.compile(r"\d+(?:[ \u202f\u00a0.,]\d+)*")
# a capitalised word inside a sentence: a name (of a person, a place, a body) the sources must hold
PROPER_NAME = re.compile(r"(?<=[\w,;:()«»\"'’] )[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ][\w'’-]{2,}")
CIVILITIES = frozenset({"mme", "madame", "monsieur", "mademoiselle", "mlle", "messieurs", "mesdames"})


def _plain(text: str) -> str:
    """Compared form: no accents, lower case, no spaces or separators inside figures."""
    text = strip_accents(text).lower()
    return re.sub(r"(?<=\d)[ \u202f\u00a0.](?=\d)", "", text)


@dataclass(frozen=True)
class Phraser:
    url: str
    model: str = "default"
    api_key: str | None = None
    timeout: float = 20.0

    @classmethod
    def from_settings(cls, config: Settings) -> "Phraser | None":
        """The configured endpoint, or None when `DELIB_LLM_URL` is unset (everything stays offline)."""
        url = config.llm_url
        if not url:
            return None
        if not url.rstrip("/").endswith("/chat/completions"):
            url = url.rstrip("/") + "/chat/completions"
        return cls(url=url, model=config.llm_model, api_key=config.llm_api_key, timeout=config.llm_timeout)

    def rephrase(self, answer: Answer) -> Answer:
        """`answer` with its text phrased by the model when the phrasing passes every check;
        `answer` unchanged otherwise (and always for a declined question)."""
        if not answer.answered or not answer.citations:
            return answer
        reply = self._complete(prompt(answer))
        text = checked(reply, answer) if reply is not None else None
        return answer if text is None else answer.model_copy(update={"answer": text})

    def _complete(self, user_message: str) -> str | None:
        body = json.dumps({"model": self.model, "temperature": 0, "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": user_message}]}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read(1_000_000).decode("utf-8"))
            content = payload["choices"][0]["message"]["content"]
        except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError) as exc:
            log.warning("phrasing endpoint unusable (%s); extractive answer kept", exc)
            return None
        return content if isinstance(content, str) else None


def prompt(answer: Answer) -> str:
    """The user message: the question, the extractive answer, and the numbered passages."""
    passages = "\n".join(f"[{number}] « {citation.quote} » ({citation.document})"
                         for number, citation in enumerate(answer.citations, 1))
    return f"Question : {answer.question}\n\nRéponse : {answer.answer}\n\nExtraits :\n{passages}"


def checked(reply: str, answer: Answer) -> str | None:
    """`reply` when every sentence cites an existing passage and states only figures and names
    found in the answer or in the passages it cites; None otherwise."""
    reply = reply.strip()
    if not reply or len(reply) > MAX_REPLY_CHARS:
        return None
    for sentence in SENTENCE_END.split(reply):
        numbers = [int(n) for group in MARKER.findall(sentence) for n in group.split(",")]
        if not numbers or any(not 1 <= n <= len(answer.citations) for n in numbers):
            return None
        sources = _plain(answer.answer + " " + " ".join(answer.citations[n - 1].quote for n in numbers))
        claims = MARKER.sub(" ", sentence)
        names = [_plain(name) for name in PROPER_NAME.findall(claims)]
        stated = [_plain(f) for f in FIGURE.findall(claims)] + [n for n in names if n not in CIVILITIES]
        if any(not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", sources) for value in stated):
            return None
    return reply
