/**
 * Draws the Teams app icons (a speech bubble with a check mark) and writes them to
 * infra/teams/: color.png (192×192, brand colour background) and outline.png (32×32, white
 * on transparent). Drawn from geometry rather than committed from an editor so that a change
 * of colour or shape is a reviewed code change. Run: `node dist/infra/scripts/draw-icons.js`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PNG } from "pngjs";
import { findRepoRoot } from "./repo-root";

const BRAND_COLOUR = "#2E6B5E";
const COLOR_ICON_SIZE = 192;
const OUTLINE_ICON_SIZE = 32;
export const ICON_FILES = { color: "color.png", outline: "outline.png" } as const;

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

/** Samples per pixel edge: 4×4 samples give smooth edges without an anti-aliasing library. */
const SUPERSAMPLING = 4;

// Geometry in unit coordinates (0..1 of the icon's width), y pointing down.
const BUBBLE = { left: 0.14, top: 0.17, right: 0.86, bottom: 0.69, radius: 0.13 };
const TAIL: readonly [Point, Point, Point] = [
  [0.27, 0.64],
  [0.47, 0.64],
  [0.24, 0.85],
];
const CHECK: readonly Point[] = [
  [0.33, 0.43],
  [0.45, 0.55],
  [0.67, 0.31],
];
const CHECK_HALF_WIDTH = 0.055;

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function isInRoundedRect([x, y]: Point): boolean {
  const { left, top, right, bottom, radius } = BUBBLE;
  const nearestX = Math.min(Math.max(x, left + radius), right - radius);
  const nearestY = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && Math.hypot(x - nearestX, y - nearestY) <= radius;
}

function isInTriangle(p: Point, [a, b, c]: readonly [Point, Point, Point]): boolean {
  const side = (u: Point, v: Point) => (p[0] - v[0]) * (u[1] - v[1]) - (u[0] - v[0]) * (p[1] - v[1]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  const hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNegative && hasPositive);
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function isInBubble(p: Point): boolean {
  return isInRoundedRect(p) || isInTriangle(p, TAIL);
}

function isOnCheck(p: Point): boolean {
  for (let i = 1; i < CHECK.length; i++) {
    const from = CHECK[i - 1];
    const to = CHECK[i];
    if (from && to && distanceToSegment(p, from, to) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** Fraction of a pixel's samples for which `isInside` holds. */
function coverage(size: number, x: number, y: number, isInside: (p: Point) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const point: Point = [(x + (sx + 0.5) / SUPERSAMPLING) / size, (y + (sy + 0.5) / SUPERSAMPLING) / size];
      if (isInside(point)) hits++;
    }
  }
  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

function blank(size: number): PNG {
  return new PNG({ width: size, height: size, colorType: 6 });
}

/** White bubble on the brand colour; the check mark shows the brand colour through the bubble. */
export function drawColorIcon(size: number = COLOR_ICON_SIZE): PNG {
  const png = blank(size);
  const brand = hexToRgb(BRAND_COLOUR);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const white = coverage(size, x, y, (p) => isInBubble(p) && !isOnCheck(p));
      const offset = (y * size + x) * 4;
      for (let channel = 0; channel < 3; channel++) {
        png.data[offset + channel] = Math.round((brand[channel] ?? 0) * (1 - white) + 255 * white);
      }
      png.data[offset + 3] = 255;
    }
  }
  return png;
}

/** The same bubble in white on transparent; Teams tints it, so only alpha carries the shape. */
export function drawOutlineIcon(size: number = OUTLINE_ICON_SIZE): PNG {
  const png = blank(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const offset = (y * size + x) * 4;
      png.data[offset] = 255;
      png.data[offset + 1] = 255;
      png.data[offset + 2] = 255;
      png.data[offset + 3] = Math.round(255 * coverage(size, x, y, (p) => isInBubble(p) && !isOnCheck(p)));
    }
  }
  return png;
}

function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png);
}

function writeIcons(teamsDir: string = path.join(findRepoRoot(), "infra", "teams")): string[] {
  fs.mkdirSync(teamsDir, { recursive: true });
  const written = [
    [ICON_FILES.color, drawColorIcon()],
    [ICON_FILES.outline, drawOutlineIcon()],
  ] as const;
  return written.map(([file, png]) => {
    const target = path.join(teamsDir, file);
    fs.writeFileSync(target, encodePng(png));
    return target;
  });
}

if (require.main === module) {
  for (const file of writeIcons()) process.stdout.write(`Wrote ${file}\n`);
}
