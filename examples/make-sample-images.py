#!/usr/bin/env python3
"""Writes the small PNG figures of the sample blog (64x40, solid or striped), using only zlib and struct.

Run from the project root: python3 examples/make-sample-images.py
"""
import os
import struct
import zlib

SITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample-blog")

# path relative to the site root -> (background RGB, stripe RGB or None, stripe direction)
IMAGES = {
    "content/post/2023/rustfest-lisbon-2023-day-1/keynote-stage.png": ((200, 70, 40), None, None),
    "content/post/2023/rustfest-lisbon-2023-day-1/borrow-graph.png": ((240, 240, 240), (200, 70, 40), "v"),
    "content/post/2023/rustfest-lisbon-2023-day-1/tiny-database.png": ((30, 30, 60), (250, 200, 60), "h"),
    "content/post/2021/gophers-summit-2021/gopher-crowd.png": ((0, 173, 216), None, None),
    "content/post/2021/gophers-summit-2021/pprof-flamegraph.png": ((250, 120, 30), (250, 220, 90), "h"),
    "static/images/dataconf-hall.png": ((40, 90, 160), (220, 230, 245), "v"),
    "static/images/stream-join-diagram.png": ((245, 245, 245), (40, 140, 80), "h"),
    "static/images/rook-architecture.png": ((20, 120, 120), (240, 240, 240), "v"),
    "static/images/lab-topology.png": ((90, 90, 90), (160, 220, 120), "h"),
    "static/images/stripes.png": ((255, 255, 255), (0, 0, 0), "v"),
    "static/images/avatar.png": ((120, 80, 160), None, None),
}

WIDTH, HEIGHT = 64, 40


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(background, stripe, direction):
    rows = bytearray()
    for y in range(HEIGHT):
        rows.append(0)  # filter type: none
        for x in range(WIDTH):
            on = stripe is not None and ((x if direction == "v" else y) // 4) % 2 == 1
            rows.extend(stripe if on else background)
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


for relative, (background, stripe, direction) in IMAGES.items():
    path = os.path.join(SITE, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(png(background, stripe, direction))
