"""The regression sets: every question set that understanding was tuned on, scored through the engine.

The sets in tests/questions/regression/ were each written apart from the code (the holdouts by
earlier sessions, the fresh and real sets by helpers from the seeds and public sources) and then
tuned on, so they guard against regressions rather than measure generalisation. Each question must
score at least what it scored when tests/known_failures.yaml was last written (1.0 unless listed
there; `python tests/known_failures.py` rewrites it); each file must stay above its floor; asked in
one conversation, the sets must score within a point of asked alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from seed_facts import SEED_MATRIX

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.state import MemoryStore
from bot.tools.evaluate import Run, run_questions
from bot.tools.questions import expand, load_questions

ROOT = Path(__file__).resolve().parent
SETS = sorted((ROOT / "questions" / "regression").glob("*.yaml"))
KNOWN: dict[str, float] = yaml.safe_load((ROOT / "known_failures.yaml").read_text(encoding="utf-8")) or {}
FLOOR = 85.0  # every file, in percent (the per-question check above is the sharp one)
FLOORS = {"holdout7": 72.0, "real-a": 80.0, "real-d": 72.0, "real-e": 75.0, "real-f": 55.0, "fresh-synth-f": 75.0,
          "fresh-synth-g": 75.0, "fresh-synth-h": 78.0, "fresh-synth-i": 72.0, "fresh-synth-j": 80.0,
          "fresh-synth-k": 82.0, "fresh-synth-l": 68.0, "real-h": 75.0, "fresh-synth-m": 76.0, "fresh-synth-n": 79.0,
          "real-i": 62.0, "fresh-synth-o": 84.0, "real-g": 82.0, "fresh-synth-p": 86.0, "fresh-synth-q": 82.0,
          "real-j": 58.0, "fresh-synth-r": 73.0, "fresh-synth-s": 86.0, "real-k": 47.0,
          "fresh-synth-t": 80.0, "fresh-synth-u": 86.0, "fresh-synth-v": 87.0, "fresh-synth-w": 89.0,
          "fresh-synth-x": 89.0, "fresh-synth-y": 83.0, "fresh-synth-z": 93.0, "fresh-synth-aa": 82.0,
          "fresh-synth-ab": 90.0, "fresh-synth-ac": 84.0,
          "fresh-synth-ad": 88.0, "fresh-synth-ae": 93.0, "fresh-synth-af": 88.0, "fresh-synth-ag": 93.0,
          "fresh-synth-ah": 93.0, "fresh-synth-ai": 93.0, "fresh-synth-aj": 89.0,
          "fresh-synth-ak": 74.0, "fresh-synth-al": 93.0, "fresh-synth-am": 90.0, "fresh-synth-an": 87.0,
          "fresh-synth-ao": 96.0, "fresh-synth-ap": 86.0, "fresh-synth-aq": 96.0, "fresh-synth-ar": 86.0,
          "fresh-synth-as": 92.0, "fresh-synth-at": 82.0, "fresh-synth-au": 92.0, "fresh-synth-av": 80.0,
          "fresh-synth-aw": 90.0, "fresh-synth-ax": 96.0, "fresh-synth-ay": 84.0, "fresh-synth-az": 92.0,
          "fresh-synth-ba": 96.0, "fresh-synth-bb": 86.0, "fresh-synth-bc": 93.0, "fresh-synth-bd": 95.0,
          "fresh-synth-be": 80.0, "fresh-synth-bf": 93.0, "fresh-synth-bg": 95.0, "fresh-synth-bh": 79.0,
          "fresh-synth-bi": 83.0, "fresh-synth-bj": 92.0, "fresh-synth-bk": 90.0, "fresh-synth-bl": 86.0,
          "fresh-synth-bm": 90.0, "fresh-synth-bn": 90.0, "fresh-synth-bo": 93.0, "fresh-synth-bp": 93.0,
          "fresh-synth-bq": 91.0, "fresh-synth-br": 92.0, "fresh-synth-bs": 95.0, "fresh-synth-bt": 86.0,
          "fresh-synth-bu": 90.0, "fresh-synth-bv": 95.0, "fresh-synth-bw": 89.0, "fresh-synth-bx": 88.0,
          "fresh-synth-by": 92.0, "fresh-synth-bz": 90.0, "fresh-synth-ca": 82.0,
          "fresh-synth-cb": 95.0, "fresh-synth-cc": 89.0, "fresh-synth-cd": 93.0, "fresh-synth-ce": 93.0,
          "fresh-synth-cf": 82.0, "fresh-synth-cg": 92.0, "fresh-synth-ch": 88.0, "fresh-synth-ci": 87.0,
          "fresh-synth-cj": 96.0, "fresh-synth-ck": 87.0, "fresh-synth-cl": 87.0, "fresh-synth-cm": 95.0,
          "fresh-synth-cn": 86.0, "fresh-synth-co": 86.0, "fresh-synth-cp": 90.0, "fresh-synth-cq": 90.0,
          "fresh-synth-cr": 88.0, "fresh-synth-cs": 88.0, "fresh-synth-ct": 87.0, "fresh-synth-cu": 89.0,
          "fresh-synth-cv": 93.0, "fresh-synth-cw": 85.0, "fresh-synth-cx": 89.0, "fresh-synth-cy": 89.0,
          "fresh-synth-cz": 85.0, "fresh-synth-da": 88.0, "fresh-synth-db": 95.0, "fresh-synth-dc": 89.0,
          "fresh-synth-dd": 78.0, "fresh-synth-de": 95.0, "fresh-synth-df": 94.0, "fresh-synth-dg": 87.0,
          "fresh-synth-dh": 96.0, "fresh-synth-di": 84.0, "fresh-synth-dj": 92.0, "fresh-synth-dk": 88.0,
          "fresh-synth-dl": 92.0, "fresh-synth-dm": 90.0, "fresh-synth-dn": 89.0, "fresh-synth-do": 83.0,
          "fresh-synth-dp": 85.0, "fresh-synth-dq": 78.0, "fresh-synth-dr": 74.0, "fresh-synth-ds": 82.0}
# real-g: 33 docs headings, one question 3 points ("What you can do with Mobile CRM" is answered with the
# mobile platform's points since two names of one platform read as one); holdout7: scenario-only (first run
# 58.2); real-d, real-e: real restraint questions (first runs 54.4 and 65.7,
# mostly documentation feedback and API details beyond the seeds); real-f: mostly docs page titles (first run
# 58.3); fresh-synth-f, -g, -h, -i, -j, -k, -l: chat-style, a third scenarios, a fifth Nordic/German/Dutch (first
# runs 70.4, 66.0, 74.4, 69.3, 74.0, 79.3 and 66.4); real-h: docs titles and GitHub issues, two thirds beyond the
# seeds (first run 73.8); fresh-synth-m, -n, -o: scenario-heavy and casual (first runs 69.3, 76.1 and 80.3);
# real-i: docs titles and headings, GitHub issues, three quarters beyond the seeds (first run 50.0; 55.0 with its two
# how-to titles relabelled out of scope, as the other real sets have them); fresh-synth-p, -q: scenario-heavy and
# casual, with several asks in one message and inventories through a move (first runs 79.0 and 80.4; -r, written
# last, 71.7: scenario 66.0, i18n 62.1); real-j:
# docs sentences, README lines and GitHub issues, half beyond the seeds (first run 56.9); fresh-synth-s:
# scenario-heavy and casual, new industries (first run 78.1); real-k: docs sentences, README lines, GitHub issues
# and PRs, 15 of 33 beyond the seeds (first run 51.5); fresh-synth-t: written like -s after most of that session's
# work (first run 78.2; 77.2 on the code the session started from); fresh-synth-u, -v: written the same way in the
# next session, -u at its start and -v after most of its work (first runs 78.3 and 77.4, both the same on the code
# that session started from); fresh-synth-w, -x: the same again a session later, -w at its start (first run 78.2,
# 75.7 in one session) and -x after half of its work (first run 81.6 alone and in one session; 80.6 and 79.6 on the
# code that session started from); fresh-synth-y: the same, after most of that session's work (first run 83.4 alone
# and in one session; 78.4 on the code the session started from); fresh-synth-z, -aa: the same a session later, -z
# at its start (first run 80.5 alone and in one session, as on the code that session started from) and -aa after
# about half of its work (first run 76.7 alone and in one session; 74.0 on the code that session started from);
# fresh-synth-ab: the same a session later, at its start (first run 81.2 alone, 79.4 in one session, as on the code
# that session started from); fresh-synth-ac: the same, after most of that session's work (first run 77.3 alone and
# in one session; 73.9 on the code the session started from); fresh-synth-ad: the same a session later, after about
# half of its work (first run 84.5 alone, 83.5 in one session; 85.5 and 84.5 on the code that session started from);
# fresh-synth-ae: the same a session later, at its start (first run 79.6 alone and in one session, as on the code
# that session started from); fresh-synth-af: the same, after about half of that session's work, with 44 questions
# written like real ones (forum titles, GitHub issues, docs headings), 30 of them beyond the seeds (first run 83.3
# alone and in one session, as on the code that session started from); fresh-synth-ag, -ah: the same a session
# later, 44 and 45 questions written like real ones, 30 each beyond the seeds; -ag at its start (first run 77.0
# alone and in one session, as on the code that session started from), -ah after about a third of its work (first
# run 85.7 alone and in one session; 84.7 on the code that session started from); fresh-synth-ai, -aj: the same a
# session later, 45 questions each written like real ones, 30 each beyond the seeds; -ai at its start (first run 76.8
# alone and in one session: scenario 70.7, real 71.1, out of scope 73.3), -aj after about a third of its work (first
# run 87.0 alone and in one session, the same on the code that session started from: scenario 67.5, real 92.2);
# fresh-synth-ak: the same, after most of that session's work (first run 72.6 alone and in one session, 71.6 on the
# code that session started from: list 45.6, scenario 76.9, out of scope 70.0, real 77.8); fresh-synth-al, -am, -an:
# the same a session later, 45 questions each written like real ones, 30 each beyond the seeds; -al at its start
# (first run 79.2 alone and in one session, as on the code that session started from: scenario 62.5, list 65.9,
# real 92.2), -am after about a third of its work, in a consultants' voice (first run 84.1 alone and in one session,
# as on the code that session started from: scenario 76.0, real 89.9), -an after most of its work, in end users'
# and admins' voice (first run 82.2 alone and in one session, 81.2 on the code that session started from: scenario
# 75.0 against 70.8, list 73.5, concept 57.1, real 95.6); fresh-synth-ao, -ap: the same a session later, both
# written at its start; -ao in the voice of architects, compliance reviewers and RFP questionnaires, tuned on
# (first run 87.8 alone and in one session, on the code that session started from: scenario 79.2, list 98.2,
# real 91.1), -ap in phone-chat voice, held out until the end of that session's work (first run 88.2 alone and in
# one session, answer for answer the same on the code that session started from and after its work: scenario
# 87.5, list 89.0, real 91.1); fresh-synth-aq, -ar: the same a session later, both written at its start; -aq in the
# voice of writers whose first language is not English, CTO notes and meeting minutes, tuned on (first run 83.1
# alone and in one session on the code that session started from: scenario 83.3, list 76.0, real 83.3, out of scope
# 80.0), -ar in handover tickets, Stack-Overflow-style posts and beginners' words, held out until the end of that
# session's work (first run 89.0 alone and in one session on the code that session started from, 88.0 after its
# work - one inventory question lost, mended after the look: scenario 83.3, list 87.6, real 91.4); fresh-synth-as,
# -at: the same a session later, both written at its start; -as in user stories, tickets, admins coming from
# other CRMs and exam preparation, tuned on (first run 78.8 alone and in one session on the code that session
# started from: scenario 87.5, list 49.2, concept 57.1, real 80.0), -at in frustrated forum posts, ERP and finance
# people and code-switching, held out until the end of that session's work (first run 72.8 alone and in one
# session on the code that session started from, 74.0 after its work: scenario 75.0 then 79.2, list 55.1 then
# 56.2, concept 45.7, out of scope 66.7, real 73.3; tuned on some of its classes after the look); fresh-synth-au,
# -av, -aw: the same a session later, all three written at its start; -au in terse Slack messages from sales and
# marketing managers, agencies quoting a job and partner support desks triaging, tuned on (first run 75.4 alone and
# in one session on the code that session started from: scenario 75.0, list 61.4, platform 50.0, real 77.8), -aw
# in code review comments, account managers before a renewal and @-replies in chat threads, tuned on from the
# middle of that session (first run 73.7 alone and in one session on the code that session started from: scenario
# 37.5, item 54.5, real 85.8), -av in dictated messages, procurement and contract language and inline e-mail
# replies, held out until the end of that session's work (first run 78.1 alone and in one session on the code that
# session started from, 75.7 after its work - three answers lost, mended after the look: scenario 58.3, item 66.7,
# out of scope 76.7, real 82.2; tuned on some of its classes after the look); fresh-synth-ax, -ay, -az: the same a
# session later; -ax, written at its start, in pre-sales engineers' quick checks, on-call postmortems and runbooks,
# and small-firm owners on a phone, tuned on (first run 77.0 alone, 76.2 in one session, on the code that session
# started from: scenario 62.5, list 64.6, real 82.2), -ay, written at its start, in migration status reports,
# students' and teachers' questions and machine-translated English, held out until the end of that session's work
# (first run 84.7 alone and in one session on the code that session started from, 84.7 after its work - one answer
# gained, one lost, the loss mended after the look: scenario 83.3, list 80.5, followup 70.0, real 86.7), -az,
# written in the middle of that session, in partner reps' direct messages, volunteers who inherited the CRM and QA
# test cases, tuned on (first run 81.0 alone and in one session on the code that session started from, 83.0 on the
# code before tuning on it: scenario 75.0 then 83.3, concept 71.4, real 82.2); fresh-synth-ba, -bb, -bc: the same a
# session later; -ba, written at its start, in auditors' findings, Reddit-style hobby threads and customer-success
# handover notes, tuned on (first run 84.9 alone, 83.9 in one session, on the code that session started from:
# scenario 83.3, out of scope 76.7, real 80.9), -bb, written at its start, in keyword-only searches, conference Q&A
# transcripts and to-do notes, held out until the end of that session's work (first run 77.1 alone and in one
# session on the code that session started from, 81.1 after its work: scenario 83.3, platform 62.5, real 74.4 then
# 81.1; tuned on some of its classes after the look), -bc, written about an hour into that session, in pasted chat
# transcripts, job-board briefs and steering-committee minutes, tuned on (first run 78.5 alone and in one session on
# the code that session started from, 80.5 on the code before tuning on it: scenario 75.0, concept 74.3);
# fresh-synth-bd, -be, -bf: the same a session later; -bd, written at its start, in webinar hosts reading out chat
# questions, change-advisory-board requests and workshop sticky notes, tuned on (first run 85.7 alone and in one
# session on the code that session started from: scenario 87.5, list 72.8, followup 70.0, real 91.1), -be, written at
# its start, in learning diaries, due-diligence items and draft wiki FAQs, held out until most of that session's work
# was done (first run 75.3 alone and in one session on the code that session started from, and answer for answer the
# same after that work: scenario 62.5, list 53.6, item 72.7, real 83.6; tuned on some of its classes after the look),
# -bf, written about twenty minutes into that session, in hackathon chat, consultants' cost estimates and upgrade
# checklists, tuned on (first run 79.8 alone and in one session on the code that session started from, 80.8 on the
# code before tuning on it: scenario 75.0, list 69.1, item 75.8, real 87.8 then 90.0); fresh-synth-bg, -bh, -bi: the
# same a session later (its "code it started from" measured with the working directory in that tree, so that
# `python -m` imports its code and not the main clone's); -bg, written at its start, in mentoring-call transcripts,
# security-questionnaire items and field technicians' texts, tuned on (first run 86.1 alone and in one session on the
# code that session started from and on the code before tuning on it: scenario 79.2, concept 42.9, item 81.8, real
# 91.1), -bh, written at its start, in feature-comparison spreadsheet cells, forwarded e-mail chains and sprint
# retrospectives, held out until most of that session's work was done (first run 78.5 alone and in one session on
# the code that session started from, and answer for answer the same after that work: scenario 75.0, item 72.7,
# concept 50.0, real 81.1; tuned on some of its classes after the look), -bi, written about an hour into
# that session, in service-desk tickets, training-quiz answers and RAID-log entries, held out as -bh was (first run
# 79.2 alone and in one session on the code that session started from and after its work: scenario 66.7, item 69.7,
# real 84.4; tuned on some of its classes after the look);
# fresh-synth-bj, -bk, -bl: the same a session later; -bj, written at its start, in draft architecture decision
# records, forwarded customer-survey answers and job-interview prep, tuned on (first run 79.3 alone and in one
# session on the code that session started from, 80.3 on the code before tuning on it: scenario 54.2, item 66.7,
# real 86.7), -bk, written at its start, in on-call handoff notes, SMS-style texts and PRD open questions, held out
# until most of that session's work was done (first run 80.0 alone and in one session on the code that session
# started from, and 80.0 after that work: scenario 75.0, followup 70.0 then 60.0, concept 71.4, real 91.1; tuned
# on some of its classes after the look: 91.0), -bl, written about three quarters of an hour into that session, in
# board-meeting minutes, pasted code comments and newsletter mailbag letters, held out as -bk was (first run 79.0
# alone and in one session on the code that session started from, 83.0 after its work: scenario 70.8 then 87.5,
# platform 75.0, real 86.7; tuned on some of its classes after the look: 87.0);
# fresh-synth-bm, -bn, -bo: the same a session later; -bm, written at its start, in stand-up bot lines, an intern's
# shadowing notes and social-media posts, tuned on (first run 79.6 alone and in one session on the code that session
# started from: concept 52.9, followup 70.0, scenario 83.3, real 84.4; 90.6 after tuning on some of its classes),
# -bn, written at its start, in calendar-invite agendas, account managers' escalation e-mails and meetup notes, held
# out for that session's first three commits (first run 81.9 alone and in one session on the code that session
# started from, and answer for answer the same after them: scenario 75.0, concept 71.4, i18n 75.0, real
# 86.7; 90.9 after tuning on some of its classes), -bo, written about three quarters of an hour into that session, in
# voicemail transcripts, margin notes in a partner manual and advisory-board table notes, held out until that
# session's work was done (first run 85.0 alone and in one session on the code that session started from: list 75.0,
# concept 71.4, followup 80.0, scenario 91.7, real 88.9; 86.0 after that work; 87.0 after two more commits, neither
# tuned on it; tuned on some of its classes the session after: 96.0);
# fresh-synth-bp, -bq, -br: the same a session later; -bp, written at its start, in call-in podcast listener
# questions, onboarding-checklist items and website chat-widget prospects, tuned on (first run 87.8 alone, 88.8 in one
# session, on the code that session started from: list 81.7, concept 71.4, out of scope 83.3, real 84.4; 95.0 after
# tuning on some of its classes), -bq, written at its start, in product-discovery interview transcripts, vendor-
# evaluation scorecard comments and a finance director's e-mails, held out until that session's eight understanding
# commits were done (first run 88.0 alone and in one session on the code that session started from, 89.0 after them:
# followup 70.0 then 80.0, concept 85.7, out of scope 86.7, real 91.1; 92.7 after tuning on some of its classes),
# -br, written about forty minutes into that session, in reseller helpdesk relays, consultants' notebook lines and
# internal Q&A-board posts, held out as -bq was (first run 87.8 alone and in one session on the code that session
# started from, and 87.8 after that work: item 81.8, scenario 79.2, concept 71.4, platform 87.5; 93.9 after tuning on
# some of its classes);
# fresh-synth-bs, -bt, -bu: the same a session later; -bs, written at its start, in trade-fair booth notes, a junior
# developer thinking aloud while pair-programming and cutover-runbook open questions, tuned on (first run 83.0 alone and
# in one session on the code that session started from: list 75.0, concept 71.4, followup 70.0, scenario 79.2; 96.0
# after tuning on some of its classes), -bt, written at its start, in an 'ask me anything' thread, help-centre search
# box sentences and tender clarification requests, held out until that session's understanding commits were done (first
# run 86.6 alone, 85.9 in one session, on the code that session started from, and the same after that work: concept
# 67.1, list 82.3, followup 80.0, out of scope 86.7; its one-conversation gap closed then: 86.6 in one session), -bu,
# written about half an hour into that session, in an operations lead's shift log, a funded project's progress-report
# questions and translator's notes, held out as -bt was (first run 90.2 alone and in one session on the code that
# session started from, 91.2 after that work: concept 85.7 then 100, list 85.6, platform 87.5, scenario 87.5);
# fresh-synth-bv, -bw, -bx: the same a session later; -bv, written at its start, in a support agent's quick questions
# with a customer on the line, a technical writer's review comments and a migration tracker's open-question column,
# tuned on (first run 84.5 alone, 84.0 in one session, on the code that session started from: item 78.8, list 78.9,
# platform 75.0, followup 80.0, scenario 70.8; 95.8 alone and 95.3 in one session after tuning on some of its classes),
# -bw, written at its start, in a solution engineer's workshop takeaways, franchisees' intranet-forum posts and a
# penetration tester's scoping questions, held out until that session's understanding commits were done (first run
# 88.8 alone and in one session on the code that session started from, 89.8 after that work: list 81.4, platform 75.0,
# followup 80.0, scenario 87.5), -bx, written about twenty minutes into that session, in a thesis interview, a DPIA
# worksheet and a release manager's go/no-go checklist, held out as -bw was (first run 84.8 alone and in one session on
# the code that session started from: list 56.6, followup 70.0; 88.6 after that work, list 72.0, followup 90.0 - that
# work included questions written in its three voices by hand, its own questions unread); -bw and -bx were tuned on
# after those figures were recorded (90.0 and 90.8); fresh-synth-by, -bz, -ca: the same a session later, all three
# written at its start; -by in a legal counsel's contract redlines, a systems integrator's statement-of-work
# assumptions and a competitor's battlecard notes, tuned on (first run 82.9 alone and in one session on the code that
# session started from: item 78.8, list 74.4, followup 70.0, scenario 70.8; 93.0 after tuning), -bz in a customer's
# super-user Teams chat, an architect's integration-diagram annotations and HR questions forwarded for an internal FAQ,
# held out for that session's first three understanding commits (first run 82.6 alone and in one session, unchanged
# by them: concept 60.0, scenario 70.8, out of scope 83.3), then tuned on (91.0), -ca in a telephone helpdesk's
# knowledge-base entries, a grant application's technical annex and a retiring administrator's handover page, held
# out until that session's understanding commits were done (first run 80.6 alone and in one session on the code
# that session started from, 81.6 after that work: item 72.7, list 80.2, concept 57.1, scenario 75.0), then two of
# its failures looked at (83.6); fresh-synth-cb, -cc: the same a session later, both written at its start, in voices
# no earlier set used (-cb: viewer comments under tutorial videos, review-site reviews with a question for the
# vendor, a consultant's timesheet entries; -cc: video comments, review-site reviews, a councillor's numbered
# written questions to the council's IT department); -cb tuned on (first run 88.9 alone and in one session on the
# code that session started from: list 74.1, concept 71.4, scenario 83.3; 97.0 after tuning), -cc held out until that
# session's first four understanding commits were done (first run 86.7 alone and in one session: item 78.8, platform
# 75.0, concept 64.3, scenario 70.8; 87.0 after them, only its lists moving), then its failures looked at and four
# of them fixed (91.0); fresh-synth-cd, -ce, -cf: the same a session later, -cd and -ce written at its start, -cf
# twenty minutes in, each in voices no earlier set used (-cd: contact-form submissions, a startup accelerator's
# office-hours sign-up topics, prompts typed into an internal AI assistant; -ce: a partner help line's call
# transcripts, a shop owner writing to the nephew who "does computers", commit messages in a partner's repository;
# -cf: tear-off notices on an office corkboard, nodes of a pre-sales decision tree, cells of a customer-journey map);
# -cd tuned on (first run 88.8 alone and in one session on the code that session started from: list 81.7, platform
# 75.0, scenario 75.0; 94.8 after tuning), -ce held out for that session's first understanding commit (first run 82.0
# alone and in one session, unchanged by it: list 74.9, platform 62.5, scenario 70.8), then tuned on (94.8), -cf held
# out until six understanding commits were done (first run 79.8 alone and in one session, unchanged by all six: item
# 72.7, list 75.0, scenario 66.7, out of scope 80.0), then some of its failures looked at (83.8); fresh-synth-cg,
# -ch, -ci: the same a session later, -cg and -ch written at its start, -ci about an hour in (-cg: settle-a-bet
# messages, purchase-requisition forms, year-end wishlists to IT; -ch: out-of-office auto-replies, an M&A
# due-diligence request list, staff idea-box slips; -ci: questions shouted across an open-plan office, comments in a
# docs page's feedback widget, a trade journalist's fact-check e-mails); -cg tuned on (first run 86.1 alone, 85.1 in
# one session, on the code that session started from: list 81.9, platform 75.0, verbose 66.7; 93.8 after tuning),
# -ch held out until three understanding commits were done (first run 86.5 alone and in one session, unchanged by
# all three: list 79.2, concept 57.1, verbose 68.2), then some of its failures looked at (89.5), -ci held out for
# two understanding commits (first run 78.4 alone, 77.9 in one session, unchanged by both: item 69.7, concept 52.9,
# scenario 66.7, verbose 55.2), then tuned on (88.7); fresh-synth-cj, -ck, -cl, -cm: the same a session later, -cj
# and -ck written at its start, -cl and -cm about twenty minutes in (-cj: viewers' chat during a live-coding stream,
# auto-generated captions of a video call, speed-networking rounds at a partner event; -ck: 8D non-conformance
# reports, SBAR escalations from hospital staff, a public body's briefing notes; -cl: messages typed on a truck's
# fleet terminal, a phone line's speech-recogniser log with confidence scores, OCR of scanned paper IT request
# forms; -cm: a journal referee's report, an insurance underwriter's queries on a proposal form, a works council's
# written questions); -cj tuned on (first run 92.0 alone and in one session on the code that session started from:
# concept 85.7, out of scope 83.3; 98.0 after tuning), -ck held out until six understanding commits were done (first
# run 89.0 alone and in one session, unchanged by all six: concept 71.4, followup 80.0, platform 87.5; then one of
# its failures looked at, 90.0), -cl held out
# for three (first run 83.7 alone and in one session, unchanged by them, and 83.7 on the code the session started
# from too: item 72.7, followup 70.0, casual 68.6), then looked at (89.7), -cm first run 89.0 alone and in one
# session (89.0 on the code the session started from too: item 78.8, list 83.3, scenario 79.2), then tuned on (97.0);
# fresh-synth-cn, -co, -cp: the same a session later, all three written at its start (-cn: a site foreman's radio
# calls, instant messages from a power-trading desk, a sales manager's ride-along recordings; -co: an embassy's note
# verbale, motions at a club's annual general meeting, a feasibility study's terms of reference; -cp: While-You-Were-
# Out phone-message slips, e-mails whose subject line is the whole message, budget justification cells); first runs
# 85.6, 85.0 and 92.0, alone and in one session alike, on the code that session started from and after its first
# understanding commit alike (-cn: item 75.8, scenario 70.8; -co: concept 57.1, list 75.0, platform 75.0; -cp: list
# 83.3, i18n 75.0); -cn and -co then tuned on (89.6, 88.5 at the session's end), -cp held out through all five of
# its understanding commits (92.0, unchanged); fresh-synth-cq, -cr: written about an hour into that session (-cq:
# non-native speakers' queries typed into a docs search field, a Teams Q&A bot and a community's Telegram bot; -cr: a
# plant manager's gemba-walk notes, a brainstorm's mind map written out as branch paths, an engineer's numbered public
# posts), first runs 92.0 and 88.0 alone and in one session, the same on the code the session started from as after
# its third and fourth understanding commits (-cq: scenario 83.3, verbose 81.5; -cr: platform 75.0, followup 80.0,
# list 83.3); -cq held out to the end (92.0, unchanged), -cr then tuned on (90.0); fresh-synth-cs, -ct, -cu: the same a
# session later, all three written at its start (-cs: a bankruptcy trustee's letters, a regulator's information
# requests, a records manager's retention-schedule notes; -ct: a partner network's Signal group chat, the chat pane of
# a remote-support session, an IRC channel of freelance developers; -cu: small-firm owners' posts in a business
# owners' group, the "systems" goals of a business plan, the note-to-the-consultant box of a partner's webshop);
# first runs 82.7, 89.0 and 84.9 alone (82.7, 89.0, 83.9 in one session), the same on the code that session started
# from as after its first commit (-cs: concept 61.4, followup 70.0, scenario 79.2; -ct: concept 74.3, platform 75.0;
# -cu: concept 57.1, platform 62.5, followup 78.9); -cs and -cu then tuned on (90.7, 91.9 at the session's end), -ct
# held out through all six of its understanding and answer commits (89.0, unchanged); fresh-synth-cv, -cw, -cx: the
# same a session later, all three written at its start (-cv: a GitLab merge-request description, a data engineer's
# Jupyter notebook cells, feature-flag console entries; -cw: a COO's quarterly OKR planning document, a managing
# director's 1:1 agenda notes, a CEO's Friday e-mail to the management team; -cx: the "Unknowns" of a career-changer's
# portfolio README, first-time admins' replies to the welcome e-mail, a new hire's probation check-in form); first
# runs 86.5, 86.8 and 88.7 alone and in one session on the code that session started from (-cv: followup 70.0, item
# 81.8, typo 60.0; -cw: followup 70.0, casual 80.0; -cx: concept 60.0); -cv and -cx then tuned on (95.0, 91.9 at the
# session's end), -cw held out through all five of its understanding commits (86.8, unchanged); fresh-synth-cy, -cz,
# -da: the same a session later, all three written at its start (-cy: an SRE team's chaos game-day hypothesis cards,
# alert-rule definitions as pipe-separated fields, service-catalogue entries of an internal developer portal; -cz: a
# scriptwriter's storyboard for an explainer video, a UX writer's microcopy sheet, a volunteers' cheat sheet draft;
# -da: the IT note on a workshop job card, the comment line of a till's end-of-day report, replies dictated into a
# smartwatch); first runs 86.5, 87.9 and 86.0 alone (86.5, 87.2, 86.0 in one session) on the code that session
# started from (-cy: followup 70.0, concept 71.4; -cz: concept 71.4, followup 78.9, item 81.8; -da: list 83.3,
# out_of_scope 83.3); -cy and -da then tuned on (91.5, 90.0 at the session's end), -cz held out through all three of
# its understanding commits (87.9 alone, 87.2 in one session, unchanged); fresh-synth-db, -dc, -dd: the same a session
# later, all three written at its start (-db: a freelance integrator's pomodoro-timer log, a bid manager's red-team
# review comments on a tender response, an account manager reading a sick colleague's notes before a call; -dc: sections
# of a research lab's draft SOP, entries on a standards-style comment form, a patent drafter's queries to the inventor;
# -dd: a devil's advocate in a CRM selection workshop, a consultant's line-by-line second opinion on a partner's
# proposal, a user-group moderator's "Myth or fact?" posts); first runs 89.2, 87.0 and 79.6 alone (89.2, 86.0, 79.6 in
# one session) on the code that session started from (-db: list 77.1, followup 80.0; -dc: list 75.0, item 78.8; -dd:
# list 70.2, concept 74.3, item 78.8); -db and -dc then tuned on (97.8, 92.0 at the session's end), -dd held out through
# all six of its understanding and answer commits (80.6 alone and in one session at the end: one follow-up gained,
# untuned), and tuned on the session after (91.0); fresh-synth-de, -df, -dg: the same a session later (-de: an
# executive assistant passing on a travelling manager's question, a chief of staff closing a board pack overnight, a
# litigation associate in a court recess, in finance and insurance; -df: a car salesman made CRM admin, a second
# generation owner of "Dad's CRM", a parts-counter clerk, in the vehicle and machinery trade; -dg: a validation
# engineer's requirement lines, an OT engineer's zone-and-conduit notes, a LIMS vendor's field-mapping sheet, in heavy
# industry); first runs 93.0, 90.6 and 90.1 alone (93.0, 90.6, 89.5 in one session) on the code that session started
# from (-de: item 84.8, platform 87.5; -df: list 72.7, item 84.8; -dg: followup 70.0, item 87.9); -de and -df then
# tuned on (98.0, 97.0 at the session's end), -dg held out through its three understanding commits (90.1 alone, 89.5
# in one session, unchanged); fresh-synth-dh, -di, -dj: the same a session later, all
# written at its start (-dh: a guarding firm's assignment instructions, a staffing branch's KPI-pack commentary, a
# patrolling officer's handheld checkpoint notes, in staffing and security guarding; -di: a food-safety coordinator's
# HACCP record, a catering function sheet, a QA manager's mock-recall log, in bakeries, breweries, dairies and
# catering; -dj: a terminal announcement, a NOTAM, a telegram with STOP and QUERY, in airports and funeral homes);
# first runs 83.2, 85.3 and 83.8 alone (83.2, 85.3, 82.8 in one session) on the code that session started from
# (-dh: followup 70.0, out of scope 76.7, scenario 79.2; -di: followup 80.0, out of scope 83.3, scenario 79.2; -dj:
# concept 71.4, platform 75.0, scenario 79.2); -dh and -dj then tuned on (98.0, 93.0 at the session's end, alone and
# in one session), -di held out through six understanding commits (85.3 alone and in one session, no question's
# score changed, two answers worded otherwise and still right), then tuned on in the session's last (87.9);
# fresh-synth-dk, -dl, -dm: the same a session later, all written at its start (-dk: waste transfer notes with the
# question in the carrier's remarks, toolbox-talk records from waste depots, pest-control visit reports in
# pipe-separated fields; -dl: a sub-editor's headline and "Subs' query", press releases with the question in a "Note
# to editors", a prepress operator's preflight report, in printing, publishing and packaging; -dm: BCF topics from a
# BIM coordinator, document transmittals, a land surveyor's field book, in architecture, engineering and surveying);
# first runs 80.5, 79.0 and 77.5 alone (80.5, 78.0, 77.5 in one session) on the code that session started from
# (-dk: out of scope 73.3, scenario 75.0, followup 77.5; -dl: concept 57.1, scenario 66.7, item 72.7; -dm: scenario
# 62.5, item 69.7, out of scope 73.3); -dk and -dm then tuned on (89.5, 92.0 at the session's end, alone and in one
# session), -dl held out through two understanding commits (80.0 alone, 79.0 in one session), then tuned on in the
# session's last (93.5 alone, 92.5 in one session: a preflight report's "0 errors, 2 warnings" had made nine of its
# questions error questions); fresh-synth-dn, -do, -dp: the same a session later, all written at its start (-dn: a
# newspaper's cancellation-call records in pipe-separated fields, a publisher's advance information sheet with a
# note for IT, a localisation agency's word-count analysis, in publishing and translation; -do: an interior studio's
# FF&E schedule split by slashes, a textile wholesaler's tech-pack comments to @IT, an agent's sell-in report; -dp: a
# game studio's patch notes split by stars, an esports run of show, a label's release metadata, in games and music);
# first runs 85.2, 73.7 and 78.3 alone and in one session on the code that session started from (-dn: platform
# 62.5, concept 71.4, followup 80.0; -do: out of scope 66.7, concept 57.1, followup 70.0; -dp: concept 57.1,
# scenario 70.8, out of scope 73.3); -dn and -do then tuned on (91.5, 85.0 at the session's end, alone and in one
# session), -dp held out through three understanding commits (78.3, no question's score changed), then tuned on in
# the session's last two (87.9); fresh-synth-dq, -dr, -ds: the same a session later, all written at its start (-dq:
# a fire-protection installer's impairment notices, a well driller's completion reports, a scaffolding firm's off-hire
# requests; -dr: a greenhouse grower's crop registration split by pipes, a flower auction's clock sheets, a garden
# centre's planting plans; -ds: a notary's file notes, a court interpreter's first-person renderings with
# interpreter's notes, a bailiff's formal service records); first runs 77.2 (76.8 in one session), 74.9 and 79.5
# alone and in one session on the code that session started from (-dq: scenario 66.7, concept 71.4, item 72.7;
# -dr: out of scope 66.7, scenario 70.8, item 72.7; -ds: scenario 66.7, item 75.8, out of scope 76.7); -dq and -ds
# then tuned on (80.2 alone and 79.8 in one session, 84.5), -dr held out through three understanding commits (74.9,
# no question's score changed: what was learnt from the other two did not carry over), then tuned on in the
# session's last (76.9)
SESSION_GAP = 1.0  # points: a full question in a thread is answered as if alone


def run(engine: Engine, catalog: Catalog, session: bool = False) -> Run:
    questions = load_questions(expand([str(p) for p in SETS]), {i.name for i in catalog.items})
    fresh = Engine(catalog, store=MemoryStore())
    return run_questions(fresh if session else engine, questions, session=session)


@pytest.fixture(scope="module")
def alone(engine: Engine, catalog: Catalog) -> Run:
    return run(engine, catalog)


def test_no_question_scores_less_than_before(alone: Run) -> None:
    worse = [f"{r.question.id}: {r.score:.2f} < {KNOWN.get(r.question.id, 1.0):.2f} ({r.question.turns[-1]!r} -> "
             f"{r.answer.get('intent')} {[i['name'] for i in r.answer.get('items', [])][:3]})"
             for r in alone.results if r.score < KNOWN.get(r.question.id, 1.0) - 1e-9]
    assert not worse, "\n".join(worse)


def test_known_failures_are_still_failures(alone: Run) -> None:
    """Every listed question is still in a set (rewrite the list with `python tests/known_failures.py`)."""
    scores = {r.question.id: r.score for r in alone.results}
    stale = sorted(q for q, was in KNOWN.items() if q not in scores)
    assert stale == [], "known failures that are no longer in any set"


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_set_stays_above_the_floor(alone: Run, path: Path) -> None:
    ids = {q["id"] for q in yaml.safe_load(path.read_text(encoding="utf-8"))}
    scores = [r.score for r in alone.results if r.question.id in ids]
    assert 100 * sum(scores) / len(scores) >= FLOORS.get(path.stem, FLOOR)


def test_one_conversation_scores_as_asked_alone(alone: Run, engine: Engine, catalog: Catalog) -> None:
    session = run(engine, catalog, session=True)
    mean = 100 * sum(r.score for r in alone.results) / len(alone.results)
    together = 100 * sum(r.score for r in session.results) / len(session.results)
    assert together >= mean - SESSION_GAP, (mean, together)


SEED = {name: (clients, onsite, online) for name, _, clients, onsite, online in SEED_MATRIX}
ROWS = sorted(SEED, key=len, reverse=True)  # "Custom Screens" before "Screens"-like shorter names
LEFT_OUT = re.compile(r"because they (do not work in Online|do not work onsite|are not for (?:Sales|Service)): "
                      r"([^;.\n]*)")
WHERE = re.compile(r"\b([A-Z][\w\- ]+?) is (onsite only|online only|onsite and online)\b")
ONLY_FOR = re.compile(r"\b([A-Z][\w\- ]+?) is for (Sales|Service) only\b")


def _row_at_end(words: str) -> str | None:
    return next((n for n in ROWS if words.endswith(n)), None)


def _false_statements(text: str) -> list[str]:
    """Each sentence part that states where a row works or whom it serves, checked against the seed."""
    wrong = []
    for reason, rows in LEFT_OUT.findall(text):
        for row in (r.strip() for r in rows.split(",") if r.strip() in SEED):
            clients, onsite, online = SEED[row.strip()]
            there = online if "Online" in reason else onsite
            if reason.startswith("do not work") and there:
                wrong.append(f"{row}: {reason}")
            if reason.startswith("are not for") and reason.rsplit(" ", 1)[1] in clients:
                wrong.append(f"{row}: {reason}")
    for words, where in WHERE.findall(text):
        row = _row_at_end(words)
        if row is not None:
            _, onsite, online = SEED[row]
            if where != ("onsite and online" if onsite and online else "onsite only" if onsite else "online only"):
                wrong.append(f"{row} is {where}")
    for words, client in ONLY_FOR.findall(text):
        row = _row_at_end(words)
        if row is not None and SEED[row][0] != (client,):
            wrong.append(f"{row} is for {client} only")
    return wrong


def test_every_composed_statement_about_a_row_is_the_seeds(alone: Run) -> None:
    """Verdicts and the lines under them ("Not offered, because they do not work onsite: ...", "X, the closest,
    is onsite only", "X is for Service only") state where a row works and whom it serves: over every answer
    of the regression sets, each such statement agrees with the matrix."""
    wrong = [f"{r.question.id}: {w}" for r in alone.results for w in _false_statements(r.answer.get("answer", ""))]
    assert not wrong, "\n".join(wrong[:20])
