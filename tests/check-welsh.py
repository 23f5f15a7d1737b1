#!/usr/bin/env python3
"""Review checks on the Welsh catalogue that a fluent reader asked for (issue 22):
1. no interpolated label right after a word that mutates it (gyda/gydag, a/ac, â/ag):
   the label cannot take the mutation, so the sentence must be built another way;
2. counts read the same for every n >= 2: a digit takes the singular noun, unmutated
   ('5 cofnod', '6 cofnod', '7 cofnod'), never 'o + plural' ('3 o gofnodion') in one form
   and a mutated noun ('6 chofnod') in another. Qt's Welsh forms are 0, 1, 2-5, 6, other;
3. one word per thing: a check-in is a 'gwiriad', a journal entry a 'cofnod'; the Demand
   scale is 'pwysau gwaith' and 'gofynion' only the combined Demands;
4. one written form: "i'th", not 'i dy', in the catalogue and the prompt library."""
import json, re, sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else '.'
failures = []
# 'check-in' used for a caring word, not the daily record
NOT_A_RECORD = {'A gentle check-in from Saib'}
MUTATING = re.compile(r"(?<![\w'])(gyda|gydag|â|ag|a|ac)\s+%(\d|n)\b", re.IGNORECASE)
I_DY = re.compile(r"(?<![\w'])i dy\s", re.IGNORECASE)

for m in ET.parse(f'{root}/i18n/saib_cy.ts').iter('message'):
    src = m.findtext('source') or ''
    tr = m.find('translation')
    forms = [f.text or '' for f in tr.findall('numerusform')] or [tr.text or '']
    for text in forms:
        if MUTATING.search(text):
            failures.append(f'label after a mutating word: {text!r}')
        if I_DY.search(text):
            failures.append(f"'i dy' (write i'th): {text!r}")
        if re.search(r'%n o \w', text):
            failures.append(f"'%n o + plural' (use the singular after a digit): {text!r}")
    if len(forms) == 5 and not (forms[2] == forms[3] == forms[4]):
        failures.append(f'count forms differ for n = 2-5, 6 and 7+: {src!r}')
    joined = ' '.join(forms).lower()
    if re.search(r'\b[Dd]emand\b', src) and not re.search(r'[Dd]emands', src) and re.search(r'ofynion', joined):
        failures.append(f"the Demand scale is 'pwysau gwaith' ('gofynion' is the combined Demands): {src!r}")
    mentions_entry = re.search(r'\bentr(y|ies)\b', src, re.IGNORECASE)
    if re.search(r'check[- ]in', src, re.IGNORECASE) and src not in NOT_A_RECORD and (
            not re.search(r'wiriad', joined)
            or (not mentions_entry and re.search(r'\b(c|g|ch|ngh)ofnod', joined))):
        failures.append(f"a check-in is a 'gwiriad', not a 'cofnod': {src!r}")
    if mentions_entry and not re.search(r'check-in', src, re.IGNORECASE) \
            and re.search(r'wiriad', joined):
        failures.append(f"a journal entry is a 'cofnod', not a 'gwiriad': {src!r}")

prompts = json.load(open(f'{root}/assets/prompts/prompts.json', encoding='utf-8'))
for p in prompts['prompts'] if isinstance(prompts, dict) else prompts:
    if I_DY.search(p.get('cy', '')):
        failures.append(f"prompt {p.get('id')}: 'i dy' (write i'th)")

for f in failures:
    print('FAIL', f)
print(f'{len(failures)} Welsh review failures')
sys.exit(1 if failures else 0)
