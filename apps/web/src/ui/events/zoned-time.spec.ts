import { describe, expect, it } from '@jest/globals';
import { isoToZonedLocal, zonedLocalToIso } from './zoned-time.js';

describe('times typed in an event’s time zone', () => {
  it.each([
    // Ordinary days, winter and summer, whole and odd offsets.
    ['Europe/London', '2026-12-03T18:00', '2026-12-03T18:00:00.000Z'],
    ['Europe/London', '2026-07-01T18:00', '2026-07-01T17:00:00.000Z'],
    ['Asia/Kathmandu', '2026-12-03T18:00', '2026-12-03T12:15:00.000Z'],
    ['Australia/Lord_Howe', '2026-07-01T09:00', '2026-06-30T22:30:00.000Z'],
    // The hour skipped in spring moves forward by the skipped length.
    ['Europe/London', '2026-03-29T01:30', '2026-03-29T01:30:00.000Z'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00.000Z'],
    ['Pacific/Chatham', '2026-09-27T02:50', '2026-09-26T14:05:00.000Z'],
    // The hour repeated in autumn is its first occurrence.
    ['Europe/London', '2026-10-25T01:30', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00.000Z'],
    ['Pacific/Chatham', '2026-04-05T03:00', '2026-04-04T13:15:00.000Z'],
    // An unknown zone reads the time as UTC (the server then says what is wrong with the zone).
    ['Mars/Olympus_Mons', '2026-12-03T18:00', '2026-12-03T18:00:00.000Z'],
  ])('%s %s is %s', (zone, local, iso) => {
    expect(zonedLocalToIso(local, zone)).toBe(iso);
  });

  it('reads nothing from an empty or unreadable field', () => {
    expect(zonedLocalToIso('', 'Europe/London')).toBeNull();
    expect(zonedLocalToIso('tomorrow', 'Europe/London')).toBeNull();
  });

  it.each([
    ['Europe/London', '2026-03-29T01:30:00.000Z', '2026-03-29T02:30'],
    ['Europe/London', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30'],
    ['Europe/London', '2026-10-25T01:30:00.000Z', '2026-10-25T01:30'],
    ['Australia/Lord_Howe', '2026-10-03T15:45:00.000Z', '2026-10-04T02:45'],
    ['Asia/Kathmandu', '2026-12-03T12:15:00.000Z', '2026-12-03T18:00'],
    ['Pacific/Chatham', '2026-04-04T14:15:00.000Z', '2026-04-05T03:00'],
    ['Mars/Olympus_Mons', '2026-12-03T18:00:00.000Z', '2026-12-03T18:00'],
  ])('%s shows %s as %s for editing', (zone, iso, local) => {
    expect(isoToZonedLocal(iso, zone)).toBe(local);
  });

  it.each([
    ['Europe/London', '2026-03-28', '2026-10-24'],
    ['America/New_York', '2026-03-07', '2026-10-31'],
    ['Australia/Lord_Howe', '2026-10-03', '2026-04-04'],
    ['Asia/Kathmandu', '2026-06-01', '2026-12-01'],
    ['Pacific/Chatham', '2026-09-26', '2026-04-04'],
  ])(
    '%s: every quarter hour of both clock-change nights reads back as the time it shows',
    (zone, ...days) => {
      for (const day of days) {
        const from = Date.parse(`${day}T00:00:00.000Z`);
        for (let instant = from; instant < from + 3 * 86_400_000; instant += 15 * 60_000) {
          const local = isoToZonedLocal(new Date(instant).toISOString(), zone);
          const back = zonedLocalToIso(local, zone)!;
          // The same wall-clock time; in a repeated hour, the first of its two instants.
          expect(isoToZonedLocal(back, zone)).toBe(local);
          expect(Date.parse(back)).toBeLessThanOrEqual(instant);
          expect(instant - Date.parse(back)).toBeLessThanOrEqual(60 * 60_000);
        }
      }
    },
  );
});
