#!/usr/bin/env python3
"""Draws where-ai's Teams icons with the standard library only (zlib PNG):
color.png 192x192 (a white location pin on where-ai blue) and outline.png 32x32 (white on transparent)."""
import struct, zlib, math, sys, os

def png(path, size, pixel):
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

def pin(size, x, y, ring):
    """Inside a map pin: a circle on top of a point, optionally hollow (a ring with a hole)."""
    cx, cy, r = size / 2, size * 0.40, size * 0.26
    fx, fy = (x + 0.5 - cx) / r, (y + 0.5 - cy) / r
    d = math.hypot(fx, fy)
    inside = d <= 1 or (fy > 0 and y + 0.5 <= size * 0.88 and abs(fx) <= (1 - (y + 0.5 - cy) / (size * 0.88 - cy)) * 0.9)
    hole = d <= 0.38
    return inside and not hole if ring else inside and not hole

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'teams', 'appPackage')
png(os.path.join(folder, 'color.png'), 192, lambda x, y: (255, 255, 255, 255) if pin(192, x, y, False) else (31, 58, 95, 255))
png(os.path.join(folder, 'outline.png'), 32, lambda x, y: (255, 255, 255, 255) if pin(32, x, y, True) else (0, 0, 0, 0))
