"""The demo's mail catcher: an SMTP server that keeps every message Odoo sends, and a page
listing them, so that a person sees the digests and notifications of `make run` without a
real mail server (and the Office's inbox does not fill with delivery failures).

    .venv/bin/python tools/mail_catcher.py [--smtp-port 1025] [--http-port 8025] [--dir DIR]

`make run` starts it and points Odoo at it; the messages are in `.odoo-data/mail/` as
`.eml` files and on http://localhost:8025. Standard library only.
"""

import argparse
import asyncio
import email
import email.policy
import html
import http.server
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Mailbox:
    """The messages received, one `.eml` file each, numbered in the order they came."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()

    def keep(self, data):
        with self.lock:
            name = f"{time.strftime('%Y%m%d-%H%M%S')}-{len(list(self.directory.glob('*.eml'))) + 1:05d}.eml"
            (self.directory / name).write_bytes(data)
        return name

    def messages(self):
        """``[(file name, message)]``, the newest first."""
        paths = sorted(self.directory.glob("*.eml"), reverse=True)
        return [(path.name, email.message_from_bytes(path.read_bytes(), policy=email.policy.default)) for path in paths]


class SmtpSession:
    """One client's conversation (RFC 5321, what Odoo's smtplib says): each DATA is kept."""

    def __init__(self, mailbox, reader, writer):
        self.mailbox, self.reader, self.writer = mailbox, reader, writer

    async def say(self, line):
        self.writer.write(f"{line}\r\n".encode())
        await self.writer.drain()

    async def data(self):
        lines = []
        while True:
            line = await self.reader.readline()
            if line in (b".\r\n", b".\n", b""):
                break
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)

    async def run(self):
        await self.say("220 mail-catcher ESMTP")
        answers = {"MAIL": "250 OK", "RCPT": "250 OK", "RSET": "250 OK", "NOOP": "250 OK"}
        while line := await self.reader.readline():
            verb = line.decode(errors="replace").strip().split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                await self.say("250 mail-catcher")
            elif verb in answers:
                await self.say(answers[verb])
            elif verb == "DATA":
                await self.say("354 End data with <CR><LF>.<CR><LF>")
                name = self.mailbox.keep(await self.data())
                await self.say(f"250 OK: kept as {name}")
            elif verb == "QUIT":
                await self.say("221 Bye")
                break
            else:
                await self.say("502 Command not implemented")
        self.writer.close()


def page(mailbox):
    """The list of the messages received, as a small HTML page."""
    rows = []
    for name, message in mailbox.messages():
        body = message.get_body(("html", "plain"))
        content = body.get_content() if body else ""
        text = content if body and body.get_content_type() == "text/html" else f"<pre>{html.escape(content)}</pre>"
        rows.append(
            "<details><summary>"
            f"<b>{html.escape(str(message['subject'] or ''))}</b> — {html.escape(str(message['to'] or ''))}"
            f" <small>{html.escape(str(message['date'] or name))}</small></summary>{text}</details>"
        )
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hộp thư thử nghiệm</title></head>'
        f"<body><h1>Hộp thư thử nghiệm ({len(rows)} thư)</h1>{''.join(rows) or '<p>Chưa có thư.</p>'}</body></html>"
    )


def serve_page(mailbox, port, host="127.0.0.1"):
    """The HTTP page, in a thread; returns the server (``shutdown()`` stops it)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            content = page(mailbox).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer((host, port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


async def serve_smtp(mailbox, port, host="127.0.0.1", started=None):
    server = await asyncio.start_server(
        lambda reader, writer: SmtpSession(mailbox, reader, writer).run(), host=host, port=port
    )
    if started:
        started(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


def start(directory, smtp_port=0, http_port=0, host="127.0.0.1"):
    """Both servers in threads (for a test): ``(smtp port, http server, mailbox)``."""
    mailbox = Mailbox(directory)
    ready, ports = threading.Event(), []

    def started(port):
        ports.append(port)
        ready.set()

    loop = asyncio.new_event_loop()
    threading.Thread(
        target=loop.run_until_complete, args=(serve_smtp(mailbox, smtp_port, host, started),), daemon=True
    ).start()
    if not ready.wait(10):
        raise RuntimeError("the mail catcher's SMTP server did not start")
    return ports[0], serve_page(mailbox, http_port, host), mailbox


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--smtp-port", type=int, default=1025)
    parser.add_argument("--http-port", type=int, default=8025)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--dir", default=str(ROOT / ".odoo-data" / "mail"))
    args = parser.parse_args()
    mailbox = Mailbox(args.dir)
    serve_page(mailbox, args.http_port, args.host)
    print(f"Mail catcher: SMTP on {args.host}:{args.smtp_port}, messages on http://localhost:{args.http_port}")
    asyncio.run(serve_smtp(mailbox, args.smtp_port, args.host))


if __name__ == "__main__":
    main()
