#!/usr/bin/env python3
"""Sign-ins per second through a real omnikast-server process (docs/AUTH.md, docs/PERFORMANCE.md).

Starts omnikast-server on a fresh SQLite file with a real SMTP server beside it (aiosmtpd, Debian's
python3-aiosmtpd, started with /usr/bin/python3), then, with CLIENTS threads of HTTP keep-alive
clients on loopback:
  mail     POST /auth/email for N addresses (each a real SMTP delivery into a maildir),
  code     POST /auth/code with each delivered code (account made, tokens issued),
  refresh  POST /auth/refresh with each refresh token (rotation),
and prints requests per second and the p50/p99 latency of each phase.
Usage: bench/auth_signins.py BUILD_DIR [N] [CLIENTS]
"""
import base64
import email
import glob
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, seconds=15):
    end = time.time() + seconds
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"auth_signins: nothing listens on {port}")


def run_phase(name, port, jobs, clients):
    """jobs: list of (path, body dict). Returns (list of answers, per-second, p50 ms, p99 ms)."""
    answers = [None] * len(jobs)
    latencies = []
    lock = threading.Lock()
    next_job = [0]

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                i = next_job[0]
                next_job[0] += 1
            if i >= len(jobs):
                break
            path, body = jobs[i]
            t0 = time.perf_counter()
            conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
            r = conn.getresponse()
            data = r.read()
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                latencies.append(dt)
            answers[i] = (r.status, data)
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    bad = [a for a in answers if a is None or a[0] >= 300]
    if bad:
        raise SystemExit(f"auth_signins: {name}: {len(bad)} requests failed, e.g. {bad[0]}")
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return answers, len(jobs) / wall, statistics.median(latencies), p99


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    build = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    server_bin = os.path.join(build, "app/omnikast-server/omnikast-server")
    work = tempfile.mkdtemp(prefix="omnikast-auth-bench-")
    maildir = os.path.join(work, "maildir")
    smtp_port, http_port = free_port(), free_port()
    smtp = subprocess.Popen(["/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{smtp_port}",
                             "-c", "aiosmtpd.handlers.Mailbox", maildir],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    secret = os.path.join(work, "secret")
    with open(secret, "wb") as f:
        f.write(base64.b64encode(os.urandom(48)))
    env = dict(os.environ,
               OMNIKAST_SERVER_SMTP_URL=f"smtp://127.0.0.1:{smtp_port}",
               OMNIKAST_SERVER_PUBLIC_URL=f"http://127.0.0.1:{http_port}",
               OMNIKAST_SERVER_AUTH_BURST="1000000", OMNIKAST_SERVER_AUTH_PER_SECOND="1000000",
               QT_LOGGING_RULES="omnikast.*.info=false")
    server = subprocess.Popen([server_bin, "--listen", "127.0.0.1", "--port", str(http_port),
                               "--db", os.path.join(work, "bench.db"), "--jwt-secret-file", secret],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(smtp_port)
        wait_port(http_port)
        addresses = [f"person{i}@example.org" for i in range(n)]
        _, mail_rate, mail_p50, mail_p99 = run_phase(
            "mail", http_port, [("/auth/email", {"email": a}) for a in addresses], clients)
        codes = {}
        end = time.time() + 60
        while len(codes) < n and time.time() < end:
            for path in glob.glob(os.path.join(maildir, "new", "*")):
                msg = email.message_from_binary_file(open(path, "rb"))
                for part in msg.walk():
                    if part.get_content_type() == "text/plain":
                        text = part.get_payload(decode=True).decode()
                        m = re.search(r"\b([A-Z2-9]{3}-[A-Z2-9]{3})\b", text)
                        if m:
                            codes[msg["To"]] = m.group(1)
            time.sleep(0.1)
        if len(codes) < n:
            raise SystemExit(f"auth_signins: only {len(codes)} of {n} mails arrived")
        answers, code_rate, code_p50, code_p99 = run_phase(
            "code", http_port, [("/auth/code", {"email": a, "code": codes[a]}) for a in addresses],
            clients)
        refresh = [json.loads(body)["refresh_token"] for _, body in answers]
        _, refresh_rate, refresh_p50, refresh_p99 = run_phase(
            "refresh", http_port, [("/auth/refresh", {"refresh_token": t}) for t in refresh], clients)
        print(f"auth_signins: {n} addresses, {clients} clients, SQLite, loopback")
        print(f"  mail     {mail_rate:8.1f}/s   p50 {mail_p50:6.2f} ms   p99 {mail_p99:6.2f} ms")
        print(f"  code     {code_rate:8.1f}/s   p50 {code_p50:6.2f} ms   p99 {code_p99:6.2f} ms")
        print(f"  refresh  {refresh_rate:8.1f}/s   p50 {refresh_p50:6.2f} ms   p99 {refresh_p99:6.2f} ms")
    finally:
        server.terminate()
        smtp.terminate()
        server.wait()
        smtp.wait()


if __name__ == "__main__":
    main()
