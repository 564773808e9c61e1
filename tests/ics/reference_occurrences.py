#!/usr/bin/python3
"""Independent reference reader for the iCalendar import test.

Usage: /usr/bin/python3 reference_occurrences.py FILE.ics WINDOW_START DAYS

Prints one JSON object per line for every occurrence whose local start date
(Europe/Amsterdam) lies in [WINDOW_START, WINDOW_START + DAYS):

  {"title", "date", "start", "end_date", "end", "all_day", "cancelled"}

It is built on icalendar + recurring_ical_events (Debian packages), not on
libical, so that the C++ importer is checked against a second implementation.
Run it with /usr/bin/python3: the pyenv python lacks these modules.

Rules (buurtkiosk-hub import-ics follows the same ones):
- Decoding: UTF-8 (a leading BOM is dropped) when the bytes are valid UTF-8,
  otherwise Windows-1252 (bytes undefined in 1252 become U+FFFD).
  CRLF and lone CR line endings are turned into LF before parsing.
- X-WR-TIMEZONE is ignored, as libical does. recurring_ical_events.of() would
  otherwise put floating times into that zone and expand UTC series in its
  wall-clock time (so they shift by an hour across its DST changes).
- Expansion: recurring_ical_events.of(calendar).between(...) over a range a few
  days wider than the window; the window is then applied to the local start
  date. EXDATE'd occurrences are absent. An occurrence whose own STATUS (or
  its series' STATUS) is CANCELLED is listed with cancelled=true.
- Only VEVENTs are listed (no VTODO, VJOURNAL).
- A VEVENT without UID is an event of its own (never merged with another).
- A TZID that is neither a zone name the libraries know (IANA, or a Windows
  name such as "W. Europe Standard Time") nor defined by a VTIMEZONE in the
  file is read as floating time, i.e. Amsterdam wall-clock time.
- Times are shown in Europe/Amsterdam: UTC (Z) and TZID times are converted,
  floating times (no zone) already are Amsterdam wall-clock time.
  The machine's TZ never matters (the process pins TZ=UTC below because
  naive-datetime timestamps inside the libraries would use it).
- All-day (DTSTART is a DATE): start=end=null, all_day=true,
  end_date = DTEND - 1 day (DTEND is exclusive), or the date itself when there
  is no DTEND/DURATION or DTEND <= DTSTART.
- Timed: the end is DTEND, or DTSTART + DURATION. With neither, or when it
  equals the start: end=null, end_date=date. Otherwise end is the local
  HH:MM of the end and end_date its local date (so an overnight event, or
  one ending at 00:00 the next day, has end_date = the next day).
- Title: SUMMARY with every run of ASCII whitespace (space, tab, CR, LF, FF,
  VT) collapsed to one space, then stripped. Events whose title ends up empty
  or that have no SUMMARY are skipped.
"""
import datetime
import json
import os
import re
import sys
import time

# Pin the process zone before the libraries do any naive-datetime arithmetic.
os.environ["TZ"] = "UTC"
time.tzset()

from zoneinfo import ZoneInfo  # noqa: E402

import icalendar  # noqa: E402
import recurring_ical_events  # noqa: E402

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# Wide enough for any UTC offset and for the library's own day rounding.
MARGIN = datetime.timedelta(days=3)
WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def local(dt):
    """Amsterdam wall-clock time of a datetime (floating ones already are)."""
    if dt.tzinfo is None:
        return dt
    return dt.astimezone(AMSTERDAM).replace(tzinfo=None)


def is_date(value):
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


def occurrence(event):
    title = WHITESPACE.sub(" ", str(event.get("SUMMARY", ""))).strip()
    if not title:
        return None
    cancelled = str(event.get("STATUS", "")).strip().upper() == "CANCELLED"
    start = event["DTSTART"].dt
    # recurring_ical_events writes the computed end into DTEND of each copy,
    # also when the source had DURATION or no end at all (then end == start).
    end = event["DTEND"].dt if "DTEND" in event else start
    if is_date(start):
        if is_date(end) and end > start:
            end_date = end - datetime.timedelta(days=1)
        else:
            end_date = start
        return {"title": title, "date": start.isoformat(), "start": None,
                "end_date": end_date.isoformat(), "end": None,
                "all_day": True, "cancelled": cancelled}
    start_local = local(start)
    if isinstance(end, datetime.datetime) and end != start:
        end_local = local(end)
        end_date, end_text = end_local.date(), end_local.strftime("%H:%M")
    else:
        end_date, end_text = start_local.date(), None
    return {"title": title, "date": start_local.date().isoformat(),
            "start": start_local.strftime("%H:%M"),
            "end_date": end_date.isoformat(), "end": end_text,
            "all_day": False, "cancelled": cancelled}


def occurrences(path, window_start, days):
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(decode(handle.read()))
    if "X-WR-TIMEZONE" in calendar:
        del calendar["X-WR-TIMEZONE"]
    # recurring_ical_events 2.0.1 files all UID-less events under one key per
    # start date and drops all but one when they carry SEQUENCE. Without a UID
    # every VEVENT stands alone, so give each its own.
    for number, event in enumerate(calendar.walk("VEVENT")):
        if "UID" not in event:
            event["UID"] = "reference-no-uid-%d" % number
    first = datetime.datetime.combine(window_start, datetime.time())
    last = first + datetime.timedelta(days=days)
    events = recurring_ical_events.of(calendar).between(first - MARGIN, last + MARGIN)
    window_end = window_start + datetime.timedelta(days=days)
    result = []
    for event in events:
        item = occurrence(event)
        if item and window_start.isoformat() <= item["date"] < window_end.isoformat():
            result.append(item)
    result.sort(key=lambda o: (o["date"], o["start"] or "", o["title"],
                               o["end_date"], o["end"] or "", o["cancelled"]))
    return result


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: reference_occurrences.py FILE.ics WINDOW_START DAYS")
    window_start = datetime.date.fromisoformat(argv[2])
    days = int(argv[3])
    out = []
    for item in occurrences(argv[1], window_start, days):
        out.append(json.dumps(item, ensure_ascii=False))
    sys.stdout.buffer.write("".join(line + "\n" for line in out).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv)
