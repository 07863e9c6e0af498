#!/usr/bin/env python3
"""A static HTTP server for the benchmarks, on loopback: serves ROOT (the query string is ignored,
as a Dreamkast API's ?eventAbbr= is answered from one file), with an ETag per file and 304 Not
Modified for a matching If-None-Match, as publishing servers do. Prints its port, then serves.
Usage: serve_etag.py ROOT"""
import hashlib
import http.server
import os
import sys
import urllib.parse

root = os.path.abspath(sys.argv[1])


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        path = os.path.normpath(os.path.join(root, urllib.parse.urlsplit(self.path).path.lstrip("/")))
        if not path.startswith(root) or not os.path.isfile(path):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = open(path, "rb").read()
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
