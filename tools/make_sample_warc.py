#!/usr/bin/env python3
"""Writes samples/crawl/news.warc: a small WARC/1.0 crawl of three invented
news pages (a warcinfo record, one request record and three response
records). Content-Length and digests are computed from the exact bytes, and
record ids and dates are fixed, so the output is byte-stable.

The article texts are invented for vigil's demo and tests.

Usage: python3 tools/make_sample_warc.py [OUTPUT]   (default samples/crawl/news.warc)
"""
import base64
import hashlib
import html
import pathlib
import sys
import uuid

ROOT = pathlib.Path(__file__).resolve().parent.parent
NAMESPACE = uuid.UUID("6f1c2e9a-3b7d-4f25-9a51-0c4e8d2b7a10")

PAGES = [
    {
        "url": "https://levantobserver.example/2025/02/27/al-naba-ramadan-editorial",
        "date": "2025-02-27",
        "crawled": "2025-02-28T04:12:09Z",
        "site": "Levant Observer",
        "title": "Islamic State newsletter urges Ramadan attacks on Jews and Christians in the West",
        "paras": [
            "The Islamic State used the editorial of its weekly al-Naba newsletter on Thursday to urge "
            "supporters in Europe and North America to carry out attacks during the holy month of "
            "Ramadan, which begins this weekend, singling out Jews, Christians and \u201cthe "
            "soldiers of the crusader armies\u201d.",
            "The two-page editorial, circulated on the group's Telegram channels, does not name an "
            "author. It tells readers that \u201cthe reward of jihad is multiplied\u201d during the month "
            "and calls on them to use \u201cwhat is in your hands: the knife, the car, and the fire\u201d.",
            "\u201cDo not look for the big operation that needs a hundred men,\u201d the text says. "
            "\u201cOne brother with a kitchen knife in Vienna or Paris does what armies cannot do.\u201d",
            "Daesh, as the group is known by its Arabic acronym, has published similar calls before "
            "most Ramadans since 2016, often alongside an audio speech by its spokesman. This year "
            "the group's current spokesman, Abu Khalid al-Muhajir, has not yet spoken.",
            "According to the Counter Extremism Project, al-Naba also praised a knife attack in "
            "the Austrian city of Wels earlier this month, in which a 58-year-old man was killed and "
            "three people were wounded, without claiming it.",
            "Austrian police said the suspect, a 19-year-old who lived with his parents, had been "
            "\u201cradicalised within a very short time\u201d online. Interior Minister "
            "spokesman Markus Hofer said security at synagogues and churches would be increased "
            "during Ramadan and the Easter period.",
            "Experts say the editorial shows how the group now relies on lone attackers it has "
            "never met. \"They write for the teenager with a phone,\" said a researcher who studies "
            "the newsletter. \"That is the audience, and that is the danger.\"",
        ],
    },
    {
        "url": "https://lakechadreporter.example/news/army-says-iswap-leader-mamman-tur-killed",
        "date": "2025-11-12",
        "crawled": "2025-11-12T19:40:55Z",
        "site": "Lake Chad Reporter",
        "title": "Nigerian army says ISWAP leader Mamman Tur killed in airstrike",
        "paras": [
            "The Nigerian military said on Wednesday that an airstrike in the Lake Chad area had "
            "killed the leader of Islamic State West Africa Province (ISWAP), a man known as "
            "Mamman Tur, along with several of his commanders.",
            "A defence headquarters spokesman, Major General Samuel Adebayo, told reporters in Abuja "
            "that the strike hit a meeting of ISWAP leaders on an island near Tumbun Gini last "
            "Saturday. \u201cOur intelligence confirms that the so-called wali, Mamman Tur, was "
            "among those neutralised,\u201d he said. He put the number of fighters killed at "
            "\u201cmore than 30\u201d.",
            "Mamman Tuur, as the name is also written, was named head of ISWAP in 2024, according to "
            "researchers who follow the group. He is believed to be a former Boko Haram commander "
            "from Borno State who joined the Islamic State faction after the split in 2016.",
            "ISWAP has not confirmed his death. A source close to the group told this newspaper by "
            "phone that the leader was \"alive and well\" and that the strike had killed "
            "\u201cfishermen and traders, not mujahideen\u201d.",
            "Residents of the area said at least 12 civilians, including fish traders, had been killed "
            "in the strike, and that boats had been destroyed. Amnesty International called for an "
            "independent investigation.",
            "The military has several times announced the deaths of senior ISWAP figures. In 2021 "
            "the group's then leader, Abu Musab al-Barnawi, was reported killed; his death was "
            "never confirmed by the group.",
        ],
    },
    {
        "url": "https://sahelwatch.example/burkina-faso/djibo-convoy-ambush",
        "date": "2025-10-06",
        "crawled": "2025-10-07T08:03:31Z",
        "site": "Sahel Watch",
        "title": "Burkina Faso: jihadists ambush supply convoy near Djibo, toll disputed",
        "paras": [
            "Jihadist fighters ambushed a supply convoy escorted by soldiers and volunteer militiamen "
            "near Djibo in northern Burkina Faso on Saturday, killing at least 15 people, according to "
            "a government statement read on national television on Sunday.",
            "Security sources and residents contacted by Sahel Watch said the toll was far higher. "
            "\u201cWe counted more than 50 bodies on the road, soldiers, VDP and drivers,\u201d a "
            "member of a local aid group said, referring to the Volunteers for the Defence of the "
            "Homeland militia. Another source said \u201cdozens\u201d of trucks had been burned.",
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, claimed "
            "the ambush on Sunday evening, saying it had killed \u201cmore than 80 soldiers and "
            "militiamen\u201d and taken weapons and fuel. The figure could not be verified.",
            "The convoy of around 150 trucks was carrying food and fuel to Djibo, a town of tens of "
            "thousands of people that has been under a JNIM blockade since 2022. Trucks can reach "
            "the town only under military escort.",
            "Burkina Faso's military government, led by Captain Ibrahim Traor\u00e9, rarely "
            "publishes casualty figures and has suspended several foreign media outlets over their "
            "coverage of the conflict.",
            "In its statement, the government said the army had \u201cinflicted heavy losses on the "
            "terrorists\u201d and that most of the convoy had reached Djibo.",
        ],
    },
]


def page_html(p):
    t = html.escape(p["title"])
    body = "\n".join(f"<p>{html.escape(x, quote=False)}</p>" for x in p["paras"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{t} | {p['site']}</title>
<meta property="og:title" content="{t}">
<meta property="og:site_name" content="{p['site']}">
<meta property="article:published_time" content="{p['date']}T10:00:00Z">
<style>nav a{{margin:0 6px}} .ad{{height:90px}}</style>
</head><body>
<nav><a href="/">Home</a><a href="/news">News</a><a href="/region">Region</a><a href="/analysis">Analysis</a><a href="/contact">Contact</a></nav>
<div class="ad">Advertisement</div>
<div class="content">
<h1>{t}</h1>
<p class="date">{p['date']}</p>
{body}
</div>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<aside class="related"><h4>Related</h4><ul><li><a href="/r/1">Week in review: the Sahel and Lake Chad</a></li><li><a href="/r/2">Who are the Islamic State's African provinces?</a></li></ul></aside>
<footer>&copy; 2025 {p['site']} | <a href="/privacy">Privacy</a></footer>
</body></html>
""".encode()


def digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def record(kind, date, block, content_type, extra=()):
    rid = uuid.uuid5(NAMESPACE, f"{kind}|{date}|{len(block)}|{digest(block)}")
    headers = [
        ("WARC-Type", kind),
        ("WARC-Date", date),
        ("WARC-Record-ID", f"<urn:uuid:{rid}>"),
        *extra,
        ("WARC-Block-Digest", digest(block)),
        ("Content-Type", content_type),
        ("Content-Length", str(len(block))),
    ]
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http_response(p):
    payload = page_html(p)
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: text/html; charset=UTF-8\r\n"
        f"Content-Length: {len(payload)}\r\n"
        "Server: nginx\r\n"
        "Cache-Control: max-age=300\r\n"
        "\r\n"
    )
    return head.encode() + payload, payload


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "samples/crawl/news.warc"
    info = (
        "software: vigil tools/make_sample_warc.py\r\n"
        "format: WARC File Format 1.0\r\n"
        "description: invented articles written for vigil's demo and tests\r\n"
        "robots: obey\r\n"
    ).encode()
    data = record("warcinfo", "2025-11-13T00:00:00Z", info, "application/warc-fields",
                  [("WARC-Filename", out.name)])
    for i, p in enumerate(PAGES):
        if i == 1:
            # One request record, as crawlers write before the response.
            host = p["url"].split("/")[2]
            path = "/" + p["url"].split("/", 3)[3]
            req = (f"GET {path} HTTP/1.1\r\nHost: {host}\r\n"
                   "User-Agent: vigil-sample-crawler/1.0\r\nAccept: text/html\r\n\r\n").encode()
            data += record("request", p["crawled"], req, "application/http; msgtype=request",
                           [("WARC-Target-URI", p["url"])])
        block, payload = http_response(p)
        data += record("response", p["crawled"], block, "application/http; msgtype=response",
                       [("WARC-Target-URI", p["url"]), ("WARC-IP-Address", "192.0.2.%d" % (10 + i)),
                        ("WARC-Payload-Digest", digest(payload))])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"wrote {out}: {len(PAGES)} responses, {len(data)} bytes")


if __name__ == "__main__":
    main()
