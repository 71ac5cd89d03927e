"""What the Function Wizard gets: com.sun.star.sheet.FunctionDescriptions
lists every function of the extension, with its arguments, under the Add-In
category, in English, and in Dutch in a profile whose user interface is
Dutch.

Usage: test_descriptions.py OXT
"""

import sys
import time

import lotest

ADDIN_CATEGORY = 11  # com.sun.star.sheet.FunctionCategory.ADDIN

# name -> [(English argument, Dutch argument, optional)], in order.
FUNCTIONS = {
    "SALESNEEDED": [("goal", "doel", False),
                    ("deal_value", "dealwaarde", False)],
    "LEADSNEEDED": [("goal", "doel", False),
                    ("deal_value", "dealwaarde", False),
                    ("leads_per_sale", "leads_per_verkoop", False),
                    ("confidence", "betrouwbaarheid", True)],
    "FUNNELNEEDED": [("goal", "doel", False),
                     ("deal_value", "dealwaarde", False),
                     ("ratios", "verhoudingen", False),
                     ("stage", "fase", True)],
    "PERIODTARGET": [("total", "totaal", False), ("start", "begin", False),
                     ("end", "einde", False), ("period", "periode", False),
                     ("index", "nummer", True),
                     ("holidays", "feestdagen", True),
                     ("weekend", "weekend", True)],
    "PACETARGET": [("total", "totaal", False), ("done", "gedaan", False),
                   ("today", "vandaag", False), ("end", "einde", False),
                   ("holidays", "feestdagen", True),
                   ("weekend", "weekend", True)],
    "LEADSPERSALE": [("leads", "leads", False), ("sales", "verkopen", False),
                     ("confidence", "betrouwbaarheid", True)],
}

# One description per language, to see that the right language arrives.
SAMPLE = {
    "en": ("SALESNEEDED", "Sales needed to reach a revenue goal."),
    "nl": ("SALESNEEDED", "Aantal verkopen nodig om een omzetdoel te halen."),
}


def descriptions(office):
    fd = office.create("com.sun.star.sheet.FunctionDescriptions")
    out = {}
    for i in range(fd.getCount()):
        props = {p.Name: p.Value for p in fd.getByIndex(i)}
        out[props["Name"]] = props
    return out


def check(found, lang):
    failures = []
    col = 0 if lang == "en" else 1
    for name, args in FUNCTIONS.items():
        d = found.get(name)
        if d is None:
            failures.append("%s: %s is missing" % (lang, name))
            continue
        if d["Category"] != ADDIN_CATEGORY:
            failures.append("%s: %s category %r" % (lang, name,
                                                    d["Category"]))
        if not d["Description"].strip():
            failures.append("%s: %s has no description" % (lang, name))
        got = [(a.Name, a.IsOptional) for a in d["Arguments"]]
        want = [(a[col], a[2]) for a in args]
        if got != want:
            failures.append("%s: %s arguments %r, want %r" %
                            (lang, name, got, want))
        for a in d["Arguments"]:
            if not a.Description.strip():
                failures.append("%s: %s argument %s has no description" %
                                (lang, name, a.Name))
    name, text = SAMPLE[lang]
    if name in found and found[name]["Description"] != text:
        failures.append("%s: %s description %r, want %r" %
                        (lang, name, found[name]["Description"], text))
    for f in failures:
        print("FAIL", f)
    print("[%s] %d functions checked, %d failures" %
          (lang, len(FUNCTIONS), len(failures)))
    return len(failures)


def main():
    oxt = sys.argv[1]
    start = time.monotonic()
    failures = 0
    with lotest.workspace() as ws:
        profile = lotest.Profile(ws, "english")
        profile.add_extension(oxt)
        with lotest.office(profile) as office:
            failures += check(descriptions(office), "en")
        # The same profile with a Dutch user interface
        # (libreoffice-l10n-nl), set as Tools > Options > Language
        # Settings > Languages would.
        profile.set_ui_language("nl")
        with lotest.office(profile) as office:
            found = descriptions(office)
            # Calc's own functions are Dutch too when the UI is: proof that
            # the profile really runs in Dutch (SUM is SOM in Dutch).
            if "SOM" not in found or "SUM" in found:
                failures += 1
                print("FAIL the user interface is not Dutch")
            failures += check(found, "nl")
    print("descriptions test: %.1f s" % (time.monotonic() - start))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
