#!/usr/bin/env python3
"""Makes the HTML, Word and PDF fixtures of testdata/formats from the plain-text fixtures.

Not run by the build: run once by hand, from the repository root, with LibreOffice (soffice),
Chromium and a built ./clausealign on the machine:

    python3 testdata/formats/make.py

For each text (MOC, UDHR, CC BY 4.0; ja, en, fr) it takes the clauses the plain-text splitter finds
(`clausealign split --format json`) and lays them out as a translator would receive them:

- <doc>-<lang>.html: a web page with a site header, a menu, a cookie banner and a footer around the
  text in <main>; numbered paragraphs below a heading as <ol type="a|i|1|A" start=…> lists (the
  browser draws the markers), headings with their number as printed;
- <doc>-<lang>.docx: written as WordprocessingML with Word automatic numbering (numbering.xml: one
  multi-level list where the levels nest, else one list instance per list with a start override),
  a page header and a page-number footer; the English MOC also gets a comment, a footnote and a
  tracked insertion and deletion. Then opened and saved again by LibreOffice (docx → docx), as a
  Word file that has been through an editor;
- <doc>-<lang>.pdf: the HTML page printed by headless Chromium (the page's print style sheet leaves
  the site header, menu, cookie banner and footer out, as many sites do);
- moc-<lang>-word.pdf: the MOC's Word file converted by LibreOffice (running header, page numbers).
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'testdata', 'formats')
DOCS = {
    'moc': {lang: f'testdata/moc/moc-{lang}.txt' for lang in ('ja', 'en', 'fr')},
    'udhr': {lang: f'testdata/udhr/{lang}.txt' for lang in ('ja', 'en', 'fr')},
    'cc-by-4.0': {lang: f'testdata/cc-by-4.0/{lang}.txt' for lang in ('ja', 'en', 'fr')},
}
SITE = {
    'moc': 'Trade Documents Portal',
    'udhr': 'Human Rights Library',
    'cc-by-4.0': 'Licence Texts',
}

ROMAN = re.compile(r'^[ivxlc]+$')


def clauses(path, lang):
    out = subprocess.run([os.path.join(ROOT, 'clausealign'), 'split', path, '--lang', lang, '--format', 'json'],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    source = open(os.path.join(ROOT, path), encoding='utf-8').read()
    units = []
    cursor = 0
    for c in json.loads(out)['documents'][0]['clauses']:
        between = source[cursor:c['start']]
        for line in between.splitlines():
            if line.strip():
                units.append({'id': None, 'kind': 'text', 'marker': '', 'text': line.strip(), 'lines': [line.strip()]})
        original = source[c['start']:c['end']]
        text = c['text']
        k = original.find(text[:3]) if text else len(original)
        marker = ' '.join(original[:max(k, 0)].split())
        lines = [line.strip() for line in original[max(k, 0):].splitlines() if line.strip()]
        units.append({'id': c['id'], 'kind': c['kind'], 'marker': marker, 'text': text, 'lines': lines})
        cursor = c['end']
    return units


def auto(marker):
    """The Word/HTML numbering a printed marker stands for: (format, level text with %N, value), or None."""
    for pattern, shape in ((r'^([0-9]+)\.$', '{}.'), (r'^([０-９]+)．$', '{}．'), (r'^\(([a-z]+)\)$', '({})'),
                           (r'^([a-z]+)\.$', '{}.'), (r'^([A-Z]+)\.$', '{}.'), (r'^\(([0-9]+)\)$', '({})')):
        m = re.match(pattern, marker)
        if m:
            return shape, m.group(1)
    return None


def value(token, roman):
    if token.isdigit():
        return int(token)
    if re.match('^[０-９]+$', token):
        return int(token.translate(str.maketrans('０１２３４５６７８９', '0123456789')))
    if roman:
        numerals = {'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
        t = token.lower()
        total = 0
        for i, ch in enumerate(t):
            v = numerals[ch]
            total += -v if i + 1 < len(t) and numerals[t[i + 1]] > v else v
        return total
    return ord(token.lower()) - ord('a') + 1


def number_format(token, roman):
    if re.match('^[０-９]+$', token):
        return 'decimalFullWidth'
    if token.isdigit():
        return 'decimal'
    if roman:
        return 'lowerRoman' if token.islower() else 'upperRoman'
    return 'lowerLetter' if token.islower() else 'upperLetter'


def lists(units):
    """Marks each auto-numbered unit with its level, format, level text and list instance."""
    by_id = {u['id']: u for u in units if u['id']}
    instances = {}
    for u in units:
        if not u['id'] or u['kind'] in ('title', 'closing', 'signature'):
            continue
        found = auto(u['marker'])
        if not found:
            continue
        shape, token = found
        parent = u['id'].rsplit('.', 1)[0] if '.' in u['id'] else ''
        key = (parent, u['id'].count('.'))
        first = instances.get(key)
        roman = bool(ROMAN.match(token.lower())) and (first['roman'] if first else token.lower() in ('i',))
        if first is None:
            first = instances[key] = {'roman': roman, 'start': value(token, roman), 'units': []}
        first['units'].append(u)
        u['level'] = key[1]
        u['format'] = number_format(token, first['roman'])
        u['lvlText'] = shape.format('%' + str(key[1] + 1))
        u['instance'] = key
        u['value'] = value(token, first['roman'])
    return by_id, instances


# ---------------------------------------------------------------- HTML

def page(doc, lang, units):
    by_id, instances = lists(units)
    title = next((u['text'] for u in units if u['kind'] == 'title'), doc)
    body = []
    open_lists = []  # stack of (level, instance)

    def close_to(level):
        while open_lists and open_lists[-1][0] >= level:
            open_lists.pop()
            body.append('</li></ol>')

    for u in units:
        anchor = f' id="c-{u["id"].replace(".", "-")}"' if u['id'] else ''
        if 'level' in u and u['level'] > 0:
            level = u['level']
            if open_lists and open_lists[-1][0] == level and open_lists[-1][1] == u['instance']:
                body.append('</li>')
            else:
                close_to(level + 1)
                if open_lists and open_lists[-1][0] == level:
                    close_to(level)
                kind = {'decimal': '1', 'decimalFullWidth': '1', 'lowerLetter': 'a', 'upperLetter': 'A',
                        'lowerRoman': 'i', 'upperRoman': 'I'}[u['format']]
                start = f' start="{u["value"]}"' if u['value'] != 1 else ''
                body.append(f'<ol type="{kind}"{start}>')
                open_lists.append((level, u['instance']))
            body.append(f'<li{anchor}>{html.escape(u["text"])}')
            continue
        close_to(0)
        text = html.escape(u['text'])
        if u['kind'] == 'title':
            body.append(f'<h1{anchor}>{text}</h1>')
        elif u['kind'] in ('section', 'preamble'):
            heading = (html.escape(u['marker']) + ('' if u['marker'].endswith('．') else ' ') + text).strip()
            body.append(f'<h2{anchor}>{heading}</h2>')
        elif u['kind'] == 'signature':
            body.append(f'<p class="signature"{anchor}>' + '<br>'.join(html.escape(l) for l in u['lines']) + '</p>')
        else:
            marker = html.escape(u['marker']) + ' ' if u['marker'] else ''
            body.append(f'<p{anchor}>{marker}{text}</p>')
    close_to(0)
    menu = ''.join(f'<li><a href="/{x}">{x.title()}</a></li>' for x in ('home', 'documents', 'search', 'about', 'contact'))
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | {SITE[doc]}</title>
<style>
body {{ font-family: "Noto Serif CJK JP", "Noto Serif", serif; margin: 0; }}
header.site, footer.site {{ background: #234; color: #fff; padding: 0.5em 2em; }}
nav ul {{ list-style: none; display: flex; gap: 1.5em; padding: 0; }}
nav a, footer a {{ color: #cde; }}
main {{ max-width: 44em; margin: 1em auto; line-height: 1.5; }}
.cookie-banner {{ background: #ffd; border: 1px solid #cc9; padding: 0.5em 2em; }}
p.signature {{ margin-top: 2em; }}
@media print {{ .cookie-banner, header.site, .breadcrumbs, aside, footer.site {{ display: none; }} }}
</style>
<script>window.analytics = {{ page: "{doc}-{lang}" }};</script>
</head>
<body>
<div class="cookie-banner" id="cookie-consent">This site uses cookies to remember your language. <button>Accept</button> <button>Decline</button></div>
<header class="site"><a class="logo" href="/">{SITE[doc]}</a>
<nav aria-label="Main menu"><ul>{menu}</ul></nav>
<form role="search"><input type="search" placeholder="Search documents"></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/documents">Documents</a> › {html.escape(title[:40])}</div>
<main>
{chr(10).join(body)}
</main>
<aside class="related"><h3>Related documents</h3><ul><li><a href="/d/1">Annual report</a></li><li><a href="/d/2">Press release</a></li></ul></aside>
<footer class="site"><p>© 2026 {SITE[doc]} · <a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a> · Page updated 2026-11-30</p></footer>
</body>
</html>
'''


# ---------------------------------------------------------------- Word

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def esc(text):
    return html.escape(text, quote=False)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def word(doc, lang, units, extras):
    by_id, instances = lists(units)
    numbered = [u for u in units if 'level' in u]
    # One multi-level list when every list hangs under an auto-numbered clause or the root, and each
    # level has one format: Word then restarts the deeper levels by itself.
    per_level = {}
    nested = True
    for u in numbered:
        per_level.setdefault(u['level'], set()).add((u['format'], u['lvlText']))
        parent = u['instance'][0]
        if parent and 'level' not in by_id.get(parent, {}):
            nested = False
    nested = nested and all(len(s) == 1 for s in per_level.values())
    abstracts, nums = [], []

    def levels_xml(levels, starts):
        out = []
        for ilvl in range(9):
            fmt, text = levels.get(ilvl, ('decimal', f'%{ilvl + 1}.'))
            out.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{starts.get(ilvl, 1)}"/><w:numFmt w:val="{fmt}"/>'
                       f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>'
                       f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="540"/></w:pPr></w:lvl>')
        return ''.join(out)

    if nested and numbered:
        levels = {lvl: next(iter(s)) for lvl, s in per_level.items()}
        abstracts.append(f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{levels_xml(levels, {})}</w:abstractNum>')
        nums.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
        for u in numbered:
            u['numId'] = 1
    else:
        styles = {}
        for key, inst in instances.items():
            u0 = inst['units'][0]
            style = (u0['level'], u0['format'], u0['lvlText'])
            if style not in styles:
                styles[style] = len(styles)
                abstracts.append(f'<w:abstractNum w:abstractNumId="{styles[style]}"><w:multiLevelType w:val="hybridMultilevel"/>'
                                 f'{levels_xml({u0["level"]: (u0["format"], u0["lvlText"])}, {})}</w:abstractNum>')
            num_id = len(nums) + 1
            nums.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{styles[style]}"/>'
                        f'<w:lvlOverride w:ilvl="{u0["level"]}"><w:startOverride w:val="{inst["start"]}"/></w:lvlOverride></w:num>')
            for u in inst['units']:
                u['numId'] = num_id
    paragraphs = []
    for u in units:
        if u['kind'] == 'title':
            style, content = 'Title', run(u['text'])
        elif u['kind'] in ('section', 'preamble') and 'numId' not in u:
            heading = (u['marker'] + ('' if u['marker'].endswith('．') else ' ') + u['text']).strip()
            style, content = 'Heading1', run(heading)
        elif u['kind'] == 'signature':
            style, content = None, '<w:r><w:br/></w:r>'.join(run(l) for l in u['lines'])
        elif 'numId' in u:
            style, content = ('Heading1' if u['level'] == 0 else 'ListParagraph'), run(u['text'])
        else:
            style, content = None, run(((u['marker'] + ' ') if u['marker'] else '') + u['text'])
        content = extras.get(u['id'], lambda c, u=u: c)(content)
        props = ''
        if style:
            props += f'<w:pStyle w:val="{style}"/>'
        if 'numId' in u:
            props += f'<w:numPr><w:ilvl w:val="{u["level"]}"/><w:numId w:val="{u["numId"]}"/></w:numPr>'
        paragraphs.append(f'<w:p><w:pPr>{props}</w:pPr>{content}</w:p>')
    running = next((u['text'] for u in units if u['kind'] == 'title'), doc)[:60]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(paragraphs)}'
                f'<w:sectPr><w:headerReference w:type="default" r:id="rHeader"/><w:footerReference w:type="default" r:id="rFooter"/>'
                f'<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                f'</w:sectPr></w:body></w:document>')
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">{"".join(abstracts)}{"".join(nums)}</w:numbering>'
    styles_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK JP"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>'
                  '</w:styles>')
    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>{run(running)}</w:p></w:hdr>'
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
              '<w:r><w:t xml:space="preserve">- </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>')
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}">'
                '<w:comment w:id="0" w:author="Reviewer" w:date="2026-11-30T10:00:00Z" w:initials="R"><w:p>'
                + run('Check this against the Japanese version before signature.') + '</w:p></w:comment></w:comments>')
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + run(' Translator’s note: see the 2050 targets of both governments.') + '</w:p></w:footnote></w:footnotes>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                     '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                     '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                     '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    base = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rNumbering" Type="{base}numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rStyles" Type="{base}styles" Target="styles.xml"/>'
                f'<Relationship Id="rHeader" Type="{base}header" Target="header1.xml"/>'
                f'<Relationship Id="rFooter" Type="{base}footer" Target="footer1.xml"/>'
                f'<Relationship Id="rComments" Type="{base}comments" Target="comments.xml"/>'
                f'<Relationship Id="rFootnotes" Type="{base}footnotes" Target="footnotes.xml"/>'
                '</Relationships>')
    parts = {'[Content_Types].xml': content_types, '_rels/.rels': rels, 'word/document.xml': document,
             'word/_rels/document.xml.rels': doc_rels, 'word/numbering.xml': numbering, 'word/styles.xml': styles_xml,
             'word/header1.xml': header, 'word/footer1.xml': footer, 'word/comments.xml': comments,
             'word/footnotes.xml': footnotes}
    return parts


def en_moc_extras():
    """A reviewer's traces in the English MOC: a comment, a footnote, a tracked insertion and deletion."""
    def status(_content):
        return (run('This MOC is not ')
                + '<w:ins w:id="10" w:author="Reviewer" w:date="2026-11-30T10:00:00Z">' + run('legally ') + '</w:ins>'
                + '<w:del w:id="11" w:author="Reviewer" w:date="2026-11-30T10:00:00Z"><w:r><w:delText xml:space="preserve">formally </w:delText></w:r></w:del>'
                + '<w:commentRangeStart w:id="0"/>' + run('binding.') + '<w:commentRangeEnd w:id="0"/>'
                + '<w:r><w:commentReference w:id="0"/></w:r>')

    def recital(content):
        return content + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    return {'8.a': status, 'recital.2': recital}


def write_zip(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in ('[Content_Types].xml', '_rels/.rels'):
            z.writestr(name, parts[name])
        for name, data in parts.items():
            if name not in ('[Content_Types].xml', '_rels/.rels'):
                z.writestr(name, data)


def main():
    tmp = tempfile.mkdtemp()
    for doc, langs in DOCS.items():
        for lang, path in langs.items():
            units = clauses(path, lang)
            name = f'{doc}-{lang}'
            with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
                f.write(page(doc, lang, [dict(u) for u in units]))
            extras = en_moc_extras() if (doc, lang) == ('moc', 'en') else {}
            raw = os.path.join(tmp, name + '.docx')
            write_zip(raw, word(doc, lang, [dict(u) for u in units], extras))
            saved = os.path.join(tmp, 'saved')
            subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', saved, raw],
                           check=True, capture_output=True)
            shutil.copy(os.path.join(saved, name + '.docx'), os.path.join(OUT, name + '.docx'))
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--print-to-pdf={os.path.join(OUT, name + ".pdf")}',
                            'file://' + os.path.join(OUT, name + '.html')], check=True, capture_output=True)
            if doc == 'moc':
                pdfs = os.path.join(tmp, 'pdf')
                subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', pdfs,
                                os.path.join(OUT, name + '.docx')], check=True, capture_output=True)
                shutil.copy(os.path.join(pdfs, name + '.pdf'), os.path.join(OUT, name + '-word.pdf'))
            print('made', name, file=sys.stderr)
    shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
