"""`peristiwa explain`: the pipeline's intermediate annotations for one text, laid out for a person."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from peristiwa.extract import Coder
from peristiwa.extract.modality import event_modality
from peristiwa.extract.roles import assign
from peristiwa.records import Article


def explain_article(out: Console, article: Article) -> None:
    coder = Coder()
    doc = coder.analyse(article)
    out.print(f"[bold]language[/] {doc.lang}   [bold]article date[/] {doc.date or 'unknown'}")
    for sent in doc.sentences:
        out.print(f"\n[bold]sentence {sent.index}[/] [{sent.start}:{sent.end}] {sent.text}", highlight=False)
        out.print("  tokens: " + " ".join(f"{i}:{t.text}" for i, t in enumerate(sent.tokens)), highlight=False)
        if sent.dates:
            out.print("  dates: " + ", ".join(f"@{i} {d}" for i, d in sent.dates), highlight=False)
        if sent.mentions:
            table = Table(title="actor mentions", show_header=True)
            for col in ("tokens", "text", "code", "sector", "kind", "note"):
                table.add_column(col)
            for m in sent.mentions:
                table.add_row(f"{m.start}-{m.end}", m.text, m.key, m.sector, m.kind,
                              "place (not an actor)" if m.location else m.person)
            out.print(table)
        for verb in sent.verbs:
            roles = assign(sent, verb, doc.lang, coder.kb.language(doc.lang).speech)
            line = f"  verb [{verb.start}-{verb.end}] '{verb.text}' → CAMEO {verb.sense.cameo} ({verb.sense.voice}, {verb.sense.rule})"
            if roles is None:
                line += ": no source actor found"
            else:
                src = " + ".join(f"{m.text}[{m.key}]" for m in roles.sources)
                tgt = " + ".join(f"{m.text}[{m.key}]" for m in roles.targets) or "none"
                line += f": source {src}, target {tgt}, modality {event_modality(sent, verb, roles.clause_start, coder.kb.language(doc.lang).speech)}"
            out.print(line, highlight=False)
    table = Table(title=f"{len(doc.events)} events")
    for col in ("sentence", "source", "target", "cameo", "plover", "goldstein", "modality", "date", "rule"):
        table.add_column(col)
    for e in doc.events:
        table.add_row(str(e.sentence_index), f"{e.source.text} [{e.source.igo or e.source.country}/{e.source.sector}]",
                      f"{e.target.text} [{e.target.igo or e.target.country}/{e.target.sector}]", e.cameo, e.plover,
                      f"{e.goldstein:+.1f}", e.modality, e.date or "", e.rule)
    out.print(table)
    for q in doc.quotes:
        out.print(f"  quote by [bold]{q.speaker}[/] ({q.country}/{q.sector}): “{q.start} …”", highlight=False)
