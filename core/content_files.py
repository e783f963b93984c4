"""Reading and writing the programme's content files (content/, see its README).

A document is Markdown with a YAML header. Its body is a stream of blocks: free Markdown
becomes a "text" block, ``## Title {#anchor}`` a heading, and ``::: type`` … ``:::`` a block
whose fields are YAML (rich-text fields in Markdown). Rich text goes to Wagtail's HTML through
Python-Markdown and back through a small converter that knows only the features the editors
have (paragraphs, lists, h3, bold, italic, links), so that load then export gives the same file.
"""

import html
import re
import textwrap
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml


@dataclass
class ContentError:
    file: str
    field: str
    message: str

    def __str__(self):
        return f"{self.file} : {self.field} : {self.message}" if self.field else \
            f"{self.file} : {self.message}"


@dataclass
class Report:
    """The errors of one run, named by file and field; nothing is dropped silently."""

    errors: list = field(default_factory=list)
    changes: list = field(default_factory=list)

    def error(self, file, field_name, message):
        self.errors.append(ContentError(str(file), field_name, message))

    def changed(self, what):
        self.changes.append(what)


# --- YAML -----------------------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks; the rest as short as YAML allows."""


def _represent_str(dumper, value):
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if len(value) > 80 and "  " not in value and value == value.strip():
        # Folded: the sentence reads as prose, without quotes or escaped apostrophes.
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


SLUG = re.compile(r"^[a-z0-9_-]+$")


def _represent_list(dumper, value):
    """A list of slugs on one line: [gardien, mediateur]."""
    flow = bool(value) and all(isinstance(item, str) and SLUG.match(item) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def dump_yaml(data):
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=96,
                     indent=2, default_flow_style=False)


def load_yaml(text, path, report, where=""):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        report.error(path, where, f"YAML illisible ({' '.join(str(error).split())})")
        return None


def read_yaml(path, report):
    return load_yaml(Path(path).read_text(encoding="utf-8"), path, report)


def write_text(path, text):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_yaml(path, data):
    write_text(path, dump_yaml(data))


# --- Documents ------------------------------------------------------------------------------

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n?(.*)\Z", re.S)
DIRECTIVE_OPEN = re.compile(r"^:::\s*([a-z_]+)\s*$")
DIRECTIVE_CLOSE = re.compile(r"^:::\s*$")
HEADING = re.compile(r"^## +(.+?)(?: +\{#([a-z0-9-]+)\})? *$")


def read_document(path, report):
    """(header dict, body text) of a Markdown document, or (None, "") after an error."""
    text = Path(path).read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if not match:
        report.error(path, "", "l'en-tête YAML entre deux lignes « --- » manque")
        return None, ""
    header = load_yaml(match.group(1), path, report, "en-tête")
    if header is not None and not isinstance(header, dict):
        report.error(path, "en-tête", "l'en-tête doit être une suite de champs « nom: valeur »")
        return None, ""
    return header, match.group(2)


def write_document(path, header, body):
    write_text(path, f"---\n{dump_yaml(header)}---\n\n{body.strip()}\n" if body.strip()
               else f"---\n{dump_yaml(header)}---\n")


def parse_blocks(body, path, report):
    """The body as a list of (type, value, line): text, heading or a directive's mapping."""
    blocks, text, text_line = [], [], 0
    lines = body.split("\n")

    def flush():
        content = "\n".join(text).strip()
        if content:
            blocks.append(("text", content, text_line))
        text.clear()

    number = 0
    while number < len(lines):
        line = lines[number]
        opened = DIRECTIVE_OPEN.match(line)
        heading = HEADING.match(line)
        if opened:
            flush()
            start, inner = number + 1, []
            number += 1
            while number < len(lines) and not DIRECTIVE_CLOSE.match(lines[number]):
                inner.append(lines[number])
                number += 1
            if number == len(lines):
                report.error(path, f"ligne {start}", f"le bloc « {opened.group(1)} » n'est "
                                                     "pas fermé par « ::: »")
            value = load_yaml("\n".join(inner), path, report, f"ligne {start}")
            if value is not None and not isinstance(value, dict):
                report.error(path, f"ligne {start}",
                             f"le bloc « {opened.group(1)} » doit contenir des champs YAML")
                value = None
            if value is not None:
                blocks.append((opened.group(1), value, start))
        elif heading:
            flush()
            blocks.append(("heading", {"text": heading.group(1),
                                       "anchor": heading.group(2) or ""}, number + 1))
        elif line.startswith(":::"):
            report.error(path, f"ligne {number + 1}", f"« {line} » : bloc mal formé")
        else:
            if not text:
                text_line = number + 1
            text.append(line)
        number += 1
    flush()
    return blocks


def write_blocks(blocks):
    """The inverse of parse_blocks: (type, value) pairs to a body."""
    parts = []
    for kind, value in blocks:
        if kind == "text":
            parts.append(value.strip())
        elif kind == "heading":
            value = {"text": value} if isinstance(value, str) else value
            anchor = f" {{#{value['anchor']}}}" if value.get("anchor") else ""
            parts.append(f"## {value['text']}{anchor}")
        else:
            parts.append(f"::: {kind}\n{dump_yaml(value).rstrip()}\n:::")
    return "\n\n".join(parts)


# --- Rich text ------------------------------------------------------------------------------

_markdown = markdown.Markdown(extensions=[], output_format="html")


def markdown_to_html(text, link=None):
    """Markdown to Wagtail rich text; ``link(href)`` rewrites or refuses each link target
    (it returns the new <a> attributes, or raises ValueError with a message)."""
    _markdown.reset()
    result = _markdown.convert(text or "")
    result = result.replace("<strong>", "<b>").replace("</strong>", "</b>")
    result = result.replace("<em>", "<i>").replace("</em>", "</i>")
    if link is None:
        return result

    def replace(match):
        return f"<a {link(html.unescape(match.group(1)))}>"

    return re.sub(r'<a href="([^"]*)">', replace, result)


MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*"}


class _ToMarkdown(HTMLParser):
    BLOCKS = {"p", "h2", "h3", "h4", "li", "ul", "ol", "div", "blockquote"}

    def __init__(self, link):
        super().__init__(convert_charrefs=True)
        self.link = link
        self.out = []          # finished blocks
        self.line = []         # inline text of the current block
        self.lists = []        # stack of [kind, counter]
        self.prefix = ""
        self.href = []

    def _flush(self):
        text = "".join(self.line).strip()
        text = re.sub(r"[ \t\r\n]+", " ", text)
        if text:
            self.out.append((self.prefix, text, bool(self.lists)))
        self.line = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, 0])
        elif tag == "li":
            self._flush()
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            self.prefix = "- " if kind[0] == "ul" else f"{kind[1]}. "
        elif tag in ("h2", "h3", "h4"):
            self._flush()
            self.prefix = "#" * int(tag[1]) + " "
        elif tag in ("p", "div", "blockquote"):
            self._flush()
            self.prefix = ""
        elif tag in MARKS:
            self.line.append(MARKS[tag])
        elif tag == "a":
            self.href.append(self.link(attrs))
            self.line.append("[")
        elif tag == "br":
            self.line.append("\\\n")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
            self.out.append(None)  # a list ends: a blank line follows
        elif tag in ("li", "p", "div", "blockquote", "h2", "h3", "h4"):
            self._flush()
            self.prefix = ""
        elif tag in MARKS:
            self.line.append(MARKS[tag])
        elif tag == "a":
            self.line.append(f"]({self.href.pop() if self.href else ''})")

    def handle_data(self, data):
        self.line.append(re.sub(r"([*_`\[\]<>\\])", r"\\\1", data))

    def result(self):
        self._flush()
        parts, previous_in_list = [], False
        for item in self.out:
            if item is None:
                previous_in_list = False
                continue
            prefix, text, in_list = item
            if parts:
                parts.append("\n" if in_list and previous_in_list else "\n\n")
            parts.append(_wrap(prefix, text))
            previous_in_list = in_list
        return "".join(parts).strip()


WIDTH = 96
# A wrapped line must never start what Markdown would read as a new block.
_BLOCK_START = re.compile(r"^([-*+] |\d+[.)] |#|>|:::)")


def _wrap(prefix, text):
    """One paragraph or list item, wrapped for reading in a diff (headings stay whole)."""
    if prefix.startswith("#"):
        return prefix + text
    indent = " " * len(prefix) if prefix else ""
    lines = textwrap.wrap(text, WIDTH, initial_indent=prefix, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False)
    merged = []
    for line in lines:
        if merged and _BLOCK_START.match(line[len(indent):]):
            merged[-1] += " " + line[len(indent):]
        else:
            merged.append(line)
    return "\n".join(merged) or prefix + text


def html_to_markdown(value, link=None):
    """Wagtail rich text back to Markdown; ``link(attrs)`` gives each link's target."""
    parser = _ToMarkdown(link or (lambda attrs: attrs.get("href", "")))
    parser.feed(str(value or ""))
    parser.close()
    return parser.result()


# --- A run of load_content or export_content -------------------------------------------------

class ContentRun:
    """The content folder, the references collected so far and the report of one run."""

    def __init__(self, root, report=None, refs=None, stdout=None):
        from .content_blocks import References

        self.root = Path(root)
        self.report = report or Report()
        self.refs = refs or References()
        self.stdout = stdout
        self.state = {}    # what an app leaves for the apps after it (the guide page…)

    def path(self, relative):
        return self.root / relative

    def name(self, path):
        try:
            return str(Path(path).relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def error(self, path, field_name, message):
        self.report.error(self.name(path), field_name, message)

    def errors(self, path, pairs):
        for field_name, message in pairs:
            self.error(path, field_name, message)
        return bool(pairs)

    def files(self, relative, pattern):
        folder = self.root / relative
        return sorted(folder.glob(pattern)) if folder.is_dir() else []

    def document(self, path):
        return read_document(path, _Named(self, path))

    def documents(self, folder):
        """(path, header, body) of each Markdown file of ``folder``, in file order; a file
        without a slug, or two files with one slug, are errors."""
        documents = []
        for path in self.files(folder, "*.md"):
            header, body = self.document(path)
            if header is None:
                continue
            if not header.get("slug"):
                self.error(path, "slug", "requis")
                continue
            documents.append((path, header, body))
        slugs = [header["slug"] for _, header, _ in documents]
        for slug in sorted({slug for slug in slugs if slugs.count(slug) > 1}):
            self.error(self.root / folder, "slug", f"« {slug} » est le slug de plusieurs fichiers")
        return documents

    def yaml(self, path):
        if not path.exists():
            self.error(path, "", "fichier manquant")
            return None
        return read_yaml(path, _Named(self, path))


class _Named:
    """A report that names files relative to the content folder's parent."""

    def __init__(self, run, path):
        self.run = run

    def error(self, file, field_name, message):
        self.run.error(file, field_name, message)
