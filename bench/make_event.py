#!/usr/bin/env python3
"""Writes an Omnikast catalog the shape of a big congress for bench/startup.sh: ROOMS rooms with
long names in German, Japanese and Spanish, exactly SESSIONS sessions in 30-minute slots from
08:00 UTC today (so the day is the same whatever the hour the bench runs at). Rooms take the STREAMs in turn (comma-separated paths or URLs), so the next room plays another
stream than this one. Usage: make_event.py ROOMS SESSIONS STREAM[,STREAM...] OUT"""
import datetime
import json
import sys

rooms, sessions, streams, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].split(","), sys.argv[4]
names = ["Saal {} Zürich Konferenzzentrum", "会議室 {} 国際交流センター",
         "Sala {} de Conferencias Internacionales", "Workshop-Raum {}"]
start = datetime.datetime.now(datetime.timezone.utc).replace(hour=8, minute=0, second=0, microsecond=0)
channels = [{"id": f"room-{i}", "name": names[i % 4].format(i + 1),
             "streams": [{"url": streams[i % len(streams)],
                          "protocol": "hls" if streams[i % len(streams)].endswith(".m3u8") else "file",
                          "projection": "equirect"}]} for i in range(rooms)]
talks = []
per_room = -(-sessions // rooms)  # rounded up: the last slot is only partly filled
for k in range(per_room):
    for i in range(rooms):
        if len(talks) >= sessions:
            break
        t = start + datetime.timedelta(minutes=30 * k)
        talks.append({"id": f"s-{i}-{k}", "channel": f"room-{i}", "duration": "00:30",
                      "title": f"Talk {k + 1} in room {i + 1} about distributed 360° video",
                      "start": t.isoformat()})
event = {"omnikast_catalog": 1,
         "event": {"id": f"bench-{rooms}", "title": f"Bench congress ({rooms} rooms)", "time_zone": "UTC"},
         "channels": channels, "sessions": talks}
with open(out, "w", encoding="utf-8") as f:
    json.dump(event, f, ensure_ascii=False, indent=1)
