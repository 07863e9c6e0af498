#!/usr/bin/env python3
"""Writes two events to serve on loopback, shaped like the real thing, for bench/open_by_address.sh:

  ROOT/api/v1/...             a Dreamkast API: 3 days, 8 tracks, 200 talks (event, tracks,
                              talks, speakers, streamings), as GET /api/v1/... answer
  ROOT/congress/schedule.json a frab/Pretalx schedule.json: 5 days, 100 rooms, 1,000 talks
  ROOT/congress/streams.json  the C3VOC streams/v2.json of those 100 rooms

The talk and stream records copy the repository's fixtures (tests/catalog/data), so every field an
importer reads is there. Usage: make_address_events.py ROOT
"""
import copy
import datetime as dt
import json
import os
import sys

root = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "tests", "catalog", "data")


def write(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)


# Dreamkast: 3 days, 8 tracks, 200 talks.
dk = json.load(open(os.path.join(data, "cndt-tokyo.dreamkast.json"), encoding="utf-8"))
event = copy.deepcopy(dk["event"])
event["abbr"] = "bench2026"
day0 = dt.date(2026, 3, 10)
event["conferenceDays"] = [{"id": 100 + d, "date": (day0 + dt.timedelta(days=d)).isoformat(),
                            "internal": False} for d in range(3)]
tracks = [dict(dk["tracks"][0], id=t + 1, name=f"Track {chr(65 + t)}", videoId=f"v{t}")
          for t in range(8)]
speakers = [dict(dk["speakers"][0], id=s + 1, name=f"Speaker {s + 1}") for s in range(120)]
talks = []
for i in range(200):
    day, rest = divmod(i, 67)
    track, slot = rest % 8, rest // 8
    start = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))) + \
        dt.timedelta(days=day, minutes=50 * slot)
    t = copy.deepcopy(dk["talks"][0])
    t.update(id=i + 1, trackId=track + 1, title=f"Talk {i + 1}", dayId=100 + day,
             conferenceDayId=100 + day, conferenceDayDate=(day0 + dt.timedelta(days=day)).isoformat(),
             startTime=start.isoformat(timespec="milliseconds"),
             endTime=(start + dt.timedelta(minutes=40)).isoformat(timespec="milliseconds"),
             talkDuration=40, slotNum=slot + 1, onAir=False,
             speakers=[{"id": i % 120 + 1, "name": f"Speaker {i % 120 + 1}", "userId": None}])
    talks.append(t)
streamings = [dict(dk["streamings"][0], id=f"s{t}", trackId=t + 1,
                   playbackUrl=f"https://live.example/{t}/index.m3u8") for t in range(8)]
api = os.path.join(root, "api", "v1")
write(os.path.join(api, "events", "bench2026"), event)
for name, value in (("tracks", tracks), ("talks", talks), ("speakers", speakers),
                    ("streamings", streamings)):
    write(os.path.join(api, name), value)

# A congress: 5 days, 100 rooms, 1,000 talks, and its streams list.
pretalx = json.load(open(os.path.join(data, "pretalx-democon.schedule.json"), encoding="utf-8"))
conf = copy.deepcopy(pretalx["schedule"]["conference"])
template = next(iter(conf["days"][0]["rooms"].values()))[0]
rooms = [f"Hall {r + 1}" for r in range(100)]
conf.update(acronym="benchcon", title="Bench Congress", start="2026-12-27", end="2026-12-31",
            daysCount=5, time_zone_name="Europe/Berlin",
            rooms=[{"name": r, "guid": f"00000000-0000-4000-8000-{n:012d}"} for n, r in enumerate(rooms)])
days = []
n = 0
for d in range(5):
    date = dt.date(2026, 12, 27) + dt.timedelta(days=d)
    by_room = {}
    for r, room in enumerate(rooms):
        by_room[room] = []
        for k in range(2):
            n += 1
            ev = copy.deepcopy(template)
            hour = 10 + 3 * k
            ev.update(id=n, guid=f"10000000-0000-4000-8000-{n:012d}", room=room,
                      title=f"Talk {n}", slug=f"benchcon-{n}",
                      date=f"{date.isoformat()}T{hour:02d}:00:00+01:00", start=f"{hour:02d}:00",
                      duration="01:00")
            by_room[room].append(ev)
    days.append({"index": d + 1, "date": date.isoformat(),
                 "day_start": f"{date.isoformat()}T04:00:00+01:00",
                 "day_end": f"{(date + dt.timedelta(days=1)).isoformat()}T03:59:00+01:00",
                 "rooms": by_room})
conf["days"] = days
write(os.path.join(root, "congress", "schedule.json"),
      {"$schema": pretalx.get("$schema", ""), "generator": pretalx.get("generator", {}),
       "schedule": {"version": "bench", "base_url": "http://localhost/", "conference": conf}})
streams = [{"slug": "benchcon", "conference": "Bench Congress", "groups": [{"group": "Halls", "rooms": [
    {"slug": f"hall{r + 1}", "schedulename": room, "display": room, "streams": [
        {"slug": "hd-native", "display": f"{room} HD", "type": "video", "isTranslated": False,
         "urls": {"hls": {"display": "HLS", "url": f"https://cdn.example/hls/h{r + 1}.m3u8"}}},
        {"slug": "hd-translated", "display": f"{room} HD (Translated)", "type": "video",
         "isTranslated": True,
         "urls": {"hls": {"display": "HLS", "url": f"https://cdn.example/hls/h{r + 1}_t.m3u8"}}}]}
    for r, room in enumerate(rooms)]}]}]
write(os.path.join(root, "congress", "streams.json"), streams)
print(f"make_address_events: {len(talks)} Dreamkast talks, {n} congress talks in {root}")
