/// Building event records: dates (`date_basis`), places, ids and confidence.
extension EventCoder {
    /// The record and explanation of a candidate, or nil when its code is unknown.
    func record(_ c: EventCandidate, _ s: EventSentence, _ doc: Document, reporters: [String],
                clock: (TimeSpan, Int)?, clockParagraph: Int = -1, narrativeDay: CalendarDay? = nil,
                inEntry: Bool = false, newsToday: Bool = false, clockParties: Set<String> = []) -> (EventRecord, EventExplanation)? {
        guard var entry = ontology.code(for: c.code) else { return nil }
        let src = c.resolvedSource ?? s.actors[c.source]
        let tgt = c.target.map { s.actors[$0] } ?? c.resolvedTarget
        // Date: the expression in the clause nearest the verb, else the sentence's, else the
        // narrative clock (the last day an earlier sentence named, not one still to come) for an
        // act told in the past or, unless told in the present, in the next sentence; else the
        // publication date.
        var date: String?
        var start: CalendarDay?
        var end: CalendarDay?
        var basis: DateBasis?
        var dateSpan: [Int]?
        var offset = false
        let trigger = s.tokens[c.trigger.lowerBound].start
        let clauseStart = s.tokens[c.clause.lowerBound].start
        let clauseEnd = s.tokens[c.clause.upperBound].end
        // An intention or a future act is dated when it was stated, not when it is to happen;
        // an act told in the past did not happen on a day still to come ("welcomed the accord
        // and invited him to New York next week").
        var told = tense(s, c)
        if told == nil, c.mode == .asserted, c.rule.contains("+reported") || c.rule.contains("+inherited"), c.clause.lowerBound > 0,
           // "Abe said Japan would never tolerate such acts": what is said is told when the
           // saying is (a past verb of the governing clause just before the complement).
           let k = pastVerbIndex(before: c.clause.lowerBound, from: c.clause.lowerBound - 6, in: s) {
            // ("I have said that we support …" is a present perfect: told now)
            told = k > 0 && Self.perfectAuxiliaries.contains(s.tokens[k - 1].lower) ? .present : .past
        }
        // "The test came nine days after Washington put …": what happened N days before a
        // told act is told in the past, whatever its verb's form says.
        let shift = Self.offsetBefore(c, in: s)
        if told == nil, c.mode == .asserted, shift.map({ $0.0 < 0 }) ?? false { told = .past }
        var times = s.times
        // (an intention told in the past was stated on a day gone by: "In January, Kishida told
        // the Diet that he wanted to hold a summit" in a December article)
        if told == .past, c.mode == .asserted || c.mode == .intended, let p = doc.publicationDate {
            // "returned the remains on July 27" in an article of July 3: the tagger keeps a
            // month and day close to the publication date in its own year, but a finished act
            // happened a year before.
            // ("ordered the ambassador to leave by Feb. 7 and downgraded relations": a deadline
            // still to come dates no act told in the past)
            let deadline = { (t: TimeSpan) in
                t.dateStart > p && s.tokens.last(where: { $0.end <= t.start }).map { Self.deadlineWords.contains($0.lower) } ?? false
            }
            // (the times are the sentence's, shared: copied only when one goes)
            if times.contains(where: deadline) { times.removeAll(where: deadline) }
            // ("announced that it would limit exports from October 1 and banned imports": a day
            // still to come before a verb that lends its subject dates the other clause)
            let aheadBefore = { (t: TimeSpan) in t.dateStart > p && t.end <= clauseStart }
            if c.rule.contains("+inherited"), times.contains(where: aheadBefore) { times.removeAll(where: aheadBefore) }
            if times.contains(where: { $0.dateStart > p }) { times = times.map { Self.yearEarlierIfAhead($0, of: p) } }
            // "On June 29, 2020, India banned the apps. … The commanders met on June 6" in June
            // 2021: a day without its year, in a review told in the year before publication, is
            // that year's when that is nearer the day last written with its year ("On December
            // 12, 2024 … On January 3" in January 2025 stays in January 2025).
            if c.mode == .asserted, let w = narrativeDay, w.year == p.year - 1, times.contains(where: { $0.dateStart.year == p.year }) {
                times = times.map { t in
                    guard t.dateStart.year == p.year, t.record?.anchor == "publication", !Self.writesItsYear(t),
                          Self.namesMonth(t) else { return t }
                    let back = Self.yearBack(t)
                    return abs(back.dateStart.dayNumber - w.dayNumber) < abs(t.dateStart.dayNumber - w.dayNumber) ? back : t
                }
            }
        }
        // (what is told in the past, intended or hoped for is dated by no day still to come; an
        // act asserted now or still to come may be: "will meet with Kim Jong Un in April")
        if told == .past || (c.mode != .asserted && c.mode != .future) { times = times.filter { t in doc.publicationDate.map { t.dateStart <= $0 } ?? true } }
        // A date inside a relative clause after the verb dates that clause, not the event:
        // "congratulated him on his birthday, which he celebrated yesterday".
        times.removeAll { t in Self.relativeClauseOpens(in: s, from: c.trigger.upperBound + 1, before: t.start) }
        // So does one in a relative aside before the clause: "Pompeo, who had been sworn in two
        // weeks earlier, met Kim" was not dated by the swearing-in.
        // (the aside closes with a comma before the verb: "Kim, who on Monday met Xi" keeps it)
        times.removeAll { t in
            t.end <= trigger && Self.relativeClauseOpens(in: s, from: 0, before: t.start)
                && s.tokens[..<c.trigger.lowerBound].contains { $0.start >= t.end && $0.isWord(.comma) }
        }
        // So does one in a relative clause without a relative word before the clause: "withdrew the
        // status it had granted Pakistan in 1996 and raised duties" did not raise them in 1996.
        times.removeAll { t in t.end <= clauseStart && Self.zeroRelativeBefore(t, in: s, isPast: sentenceCoder.reader.lemmatizer.isPast) }
        // So does one after the verb inside such a clause opened by a pronoun: "commend Japan for
        // the measures it announced last Friday" was not said last Friday.
        times.removeAll { t in
            t.start > trigger && Self.zeroRelativeOpener(before: t, in: s, pronounOnly: true,
                                                         isPast: sentenceCoder.reader.lemmatizer.isPast).map { $0 > c.trigger.upperBound } ?? false
        }
        // So does a date inside a complement or a reason after the verb: "Kim told Putin that the
        // talks in February had failed" was not told in February.
        times.removeAll { t in Self.complementOpens(in: s, from: c.trigger.upperBound + 1, before: t.start) }
        // "the 1965 treaty", "last year's rulings": a date that qualifies a noun names when that
        // thing came about, not when the clause's act happened.
        // A time inside a "since" clause dates that clause only: "The trip, Xi's first since he
        // took office in 2012, came eight days before …".
        // (but a verb that shares its subject with the first of a series shares the day of an
        // aside after that subject: "The State Department, in a statement issued Saturday,
        // congratulated Barrow and thanked Presidents Condé and Aziz")
        let sharedAside = times.contains(where: \.datesOwnClauseOnly) && c.rule.contains("+inherited")
            ? Self.subjectAside(after: s.actors[c.source], before: trigger, in: s) : nil
        times.removeAll { t in
            t.datesOwnClauseOnly && (t.start < clauseStart || t.end > clauseEnd)
                && !(sharedAside.map { t.start > $0.lowerBound && t.end < $0.upperBound } ?? false)
        }
        // (an accord's day told after the verb dates the participle before it, not the verb whose
        // object the accord is: "condemned the announcement made on 26 July")
        times.removeAll { t in
            t.datesOwnClauseOnly && t.start > trigger
                && Self.participleBefore(t, in: s, isPast: sentenceCoder.reader.lemmatizer.isPast).map { !c.trigger.contains($0) } ?? false
        }
        times.removeAll { t in t.start > trigger && Self.insideExample(t, in: s, after: trigger) }
        // ("asked the Security Council to meet Saturday", "urged Kyiv to hold talks next week": a
        // day inside what is asked dates the act asked for, not the asking)
        if c.code.hasPrefix("02") || c.code.hasPrefix("10") {
            times.removeAll { t in t.start > trigger && Self.insideInfinitive(t, after: c.trigger.upperBound, in: s) }
        }
        // Nor is "joined … for the first three-way meeting since 2019" dated 2019: that is when the
        // last one was. ("the first exchange since August, when the two sides swapped …" still
        // dates the swap, told after it.)
        times.removeAll { t in t.start > trigger && Self.firstSince(t, in: s) }
        // Unless the noun so qualified is the act itself: "the joint declaration of February 29".
        // Nor when a "when" clause, the candidate's, goes on from that noun: "Erdogan's December 7,
        // 2023 visit to Athens, when he and Mitsotakis signed a declaration".
        times.removeAll { t in
            Self.isAttributive(t, in: s) && !Self.datesNoun(t, c, in: s) && !Self.whenClauseAfter(t, c, in: s)
                && !Self.datesOpeningOccasion(t, c, in: s)
        }
        if let dateline = Self.datelineEnd(in: s) { times.removeAll { $0.end <= dateline } }
        // ("Last Friday we sanctioned Eritrea's military, and we again demand that …": a past day
        // in the clause before "and" dates no act told in the present after it)
        // (not in the historical present of a chronology's entry: "The next day Kuwait rejects
        // the accusations and asks the Arab League to mediate", nor in the entry's own line:
        // "29 June - Thimphu says the work breaches the accords and asks Beijing to stop")
        if told == .present, !inEntry, !Self.opensEntry(s), let p = doc.publicationDate {
            times.removeAll { t in
                t.end <= clauseStart && t.dateEnd < p
                    && s.tokens.contains { $0.start >= t.end && $0.end <= clauseStart && ($0.isWord(.and) || $0.isWord(.but) || $0.isWord(.semicolon)) }
            }
        }
        var inClause = times.filter { $0.start >= clauseStart && $0.end <= clauseEnd }
        // "On February 28, Khan told parliament that Pakistan would release the pilot the next
        // day": a promise reported is dated by its telling, not by the later day it names.
        if c.mode == .future || c.mode == .intended, c.rule.contains("+reported"),
           let told = times.last(where: { $0.end <= clauseStart }) {
            inClause.removeAll { $0.dateStart > told.dateEnd }
        }
        // "lodged a protest on Monday after a coast guard ship fired water cannon at the boat on
        // Saturday": a day before the subordinating word that opens the verb's clause is the
        // main clause's, when the verb's own clause names a day of its own.
        // ("After the summit collapsed on February 28, North Korea resumed launches on May 4": so
        // is a day inside a clause of time that opens the sentence, before its comma)
        let opensTimeClause = s.tokens.first.map { Self.timeClauseOpeners.contains($0.lower) } ?? false
        let own = inClause.filter { t in
            !(t.end <= trigger && s.tokens.contains { $0.start >= t.end && $0.end <= trigger && Self.timeClauseOpeners.contains($0.lower) })
                && !(opensTimeClause && t.end <= trigger && s.tokens.contains { $0.start >= t.end && $0.end <= trigger && $0.isWord(.comma) })
        }
        if !own.isEmpty { inClause = own }
        // "5. The two ministers welcomed the handover in March of two aircraft …" in the release
        // on a meeting of August 7: what a party to the story's day reacts to, named with an
        // earlier day after the verb, happened then; the reaction is the story's day.
        // (Signing an agreement is an act, not a reaction: "signed a cooperation agreement with
        // Niger during a visit in early December" happened in December.)
        if c.mode == .asserted, c.rule.hasPrefix("verb"), Self.reactionDayRoots.contains(entry.root), c.code != "057",
           let (now, _) = clock, let country = src.country, clockParties.contains(country),
           inClause.contains(where: { $0.start > trigger }),
           inClause.allSatisfy({ $0.start > trigger && $0.dateEnd < now.dateStart && !Self.isDeictic($0) && !Self.writesItsYear($0)
               // (after an act's noun: "the handover in March", "the adoption of Resolution 2371 on August 5")
               && actNoun(after: c.trigger.upperBound, in: s, before: $0.start) != nil }) {
            inClause = []
            times.removeAll { $0.start > trigger }
        }
        if let t = inClause.min(by: { abs($0.start - trigger) < abs($1.start - trigger) }) ?? times.last(where: { $0.end <= clauseStart })
            ?? Self.reportTime(after: c, in: s, among: times)
            ?? (c.mode == .asserted ? Self.governedTime(after: c, in: s, among: times) : nil)
            ?? Self.scheduledDay(c, in: s, publication: doc.publicationDate) {
            date = t.value; start = t.dateStart; end = t.dateEnd; basis = .explicit; dateSpan = [t.start, t.end]
        } else if c.mode == .asserted || c.mode == .intended && told == .past, let t = Self.dayAfter(before: trigger, in: s, clock: clock?.0, publication: doc.publicationDate) {
            // "After the April 27 summit at Panmunjom, Abe asked Moon …": an act told after a day
            // later than the story's clock happened no earlier than that day.
            date = t.value; start = t.dateStart; end = t.dateEnd; basis = .narrative
        } else if let (t, sentence) = clock,
                  // ("Austin met Teodoro today. … A mission on Saturday was completed. Austin said
                  // he welcomed the arrangement": in a story of today, words said with no day of
                  // their own were said today, not on the day of a background just told that
                  // their speaker took no part in; "Xi said …" after the talks Xi held is the
                  // talks' day)
                  !(newsToday && sentence != s.index - 1 && Self.verbalRoots.contains(entry.root)
                    && t.dateStart < (doc.publicationDate ?? t.dateStart) && !clockParties.contains(src.country ?? "")),
                  // (a condition whose words give no tense goes on from the sentence before only in
                  // its paragraph: "In April the report dropped the phrase. ¶ Japan's position has
                  // not changed: Tokyo would normalize relations …")
                  (sentence == s.index - 1 && (told == .past || told == nil
                    && (clockParagraph == s.paragraph || c.mode == .asserted || c.mode == .intended)))
                    || ((c.mode == .asserted || c.mode == .intended) && told == .past)
                    // (a chronology's entry tells all its sentences on its day)
                    || inEntry
                    // inside a quotation, whatever the tense, the day of the speech
                    || s.quoted {
            date = t.value; start = t.dateStart; end = t.dateEnd; basis = .narrative
        } else if let p = doc.publicationDate {
            date = p.description; start = p; end = p; basis = .publication
        }
        // "The launch came four days after the council adopted Resolution 2375": an act in a
        // clause set "N days after" (or before) the day just found lies that far from it,
        // unless its own clause names its day.
        // ("Two days after the June 15 clash, Jaishankar spoke …": a day named in an opening
        // phrase of the kind is the phrase's, from which the clause's act lies that far)
        if let day = start, day == end, let (amount, unit, word, comma) = shift,
           dateSpan.map({ span in comma.map { span[0] > s.tokens[word].start && span[1] <= s.tokens[$0].start } ?? (span[0] < s.tokens[word].start) }) ?? true {
            let shifted = unit == "m" ? day.adding(months: amount) : day.adding(days: amount)
            date = shifted.description; start = shifted; end = shifted
            offset = true
        }
        // Place: a place or country named after `in`/`at` in the clause.
        var location: EventLocation?
        for (k, tok) in s.tokens.enumerated() where c.clause.contains(k) && (tok.isWord(.`in`) || tok.isWord(.at)) && k + 1 < s.tokens.count {
            let next = s.tokens[k + 1]
            if let place = s.actors.first(where: { $0.start == next.start || ($0.start > next.start && $0.start <= next.end + 5) }),
               place.isPlace || (place.sector == nil && place.name == nil && place.code == place.country) {
                location = EventLocation(text: place.text, country: place.country)
                break
            }
        }
        // ("Wang Yi met with Blinken in Beijing": a meeting in one party's own country is no meeting
        // at a third location)
        if entry.code == "044", let place = location?.country, place == src.country || place == tgt?.country,
           let plain = ontology.code(for: "040") {
            entry = plain
        }
        let tgtKey = tgt.map { $0.code ?? $0.country ?? $0.text } ?? "-"
        let id = Self.stableID([doc.id, String(s.index), src.code ?? src.country ?? src.text, tgtKey, entry.code, date ?? ""])
        let spanStart = s.start
        let spanEnd = s.end
        let record = EventRecord(
            id: id, doc: doc.id, sentenceIndex: s.index, date: date, dateStart: start, dateEnd: end,
            dateBasis: basis, source: src.ref, target: tgt?.ref, cameo: entry.code, root: entry.root,
            quad: entry.quad, goldstein: entry.goldstein, plover: entry.plover, mode: c.mode, location: location,
            reportedBy: reporters, text: s.text, span: [spanStart, spanEnd],
            confidence: (min(0.95, c.confidence) * 100).rounded() / 100)
        let verb = s.tokens[c.trigger.lowerBound]
        let why = EventExplanation(event: id, pattern: c.pattern, rule: offset ? c.rule + "+offset" : c.rule, source: [src.start, src.end],
                                   verb: [verb.start, s.tokens[c.trigger.upperBound].end],
                                   target: tgt.map { [$0.start, $0.end] }, date: dateSpan)
        return (record, why)
    }

    /// Whether time `t` lies in an infinitive after token `k` ("… to meet Saturday"), with no
    /// punctuation between the "to" and it.
    static func insideInfinitive(_ t: TimeSpan, after k: Int, in s: EventSentence) -> Bool {
        guard let end = s.tokens.lastIndex(where: { $0.end <= t.start }), end > k else { return false }
        for j in stride(from: end, to: k, by: -1) {
            let w = s.tokens[j]
            if w.isPunctuation { return false }
            if w.isWord(.to), j + 1 < s.tokens.count, s.tokens[j + 1].is(.alphabetic),
               !s.tokens[j + 1].isCapitalized, !s.tokens[j + 1].is([.determiner, .pronoun]) { return true }
        }
        return false
    }

    /// Whether `t` follows "since" in a phrase that names a first ("the first such meeting
    /// since 2019", "its first visit since 2011", "the first substantive meeting between a U.S.
    /// President and a Cuban head of state since 1956"): the day of the one before, not of this one.
    static func firstSince(_ t: TimeSpan, in s: EventSentence) -> Bool {
        guard let k = s.tokens.firstIndex(where: { $0.start >= t.start }), k >= 2, s.tokens[k - 1].lower == "since" else { return false }
        var j = k - 2
        while j >= 0, k - j <= 16, !s.tokens[j].isPunctuation {
            if s.tokens[j].lower == "first" { return true }
            j -= 1
        }
        return false
    }

    /// The days named people are told speaking on in a sentence: a person's name, then (within
    /// eight words, no comma or "that" between them and the day) a verb of saying and a single
    /// past day: "Maria Zakharova said at a briefing on Friday", "Peskov told journalists on
    /// Wednesday that …".
    static func speakerDays(in s: EventSentence, publication: CalendarDay?) -> [(String, TimeSpan)] {
        var found: [(String, TimeSpan)] = []
        for (k, tok) in s.tokens.enumerated() where tok.is(.reportVerb) {
            guard let speaker = s.actors.last(where: { $0.end <= tok.start && !$0.isPlace }), let name = speaker.personName,
                  let first = s.tokens.firstIndex(where: { $0.start >= speaker.end }), k - first <= 8,
                  !s.tokens[first..<k].contains(where: { w in w.isWord(.that) || s.actors.contains { $0.start == w.start && $0.name != nil } })
            else { continue }
            var j = k + 1
            while j < s.tokens.count, j - k <= 6, !s.tokens[j].isWord(.comma), !s.tokens[j].isWord(.that), !s.tokens[j].is(.clauseBreak) {
                if let t = s.times.first(where: { $0.start == s.tokens[j].start }) {
                    if t.dateStart == t.dateEnd, publication.map({ t.dateEnd <= $0 }) ?? true { found.append((name, t)) }
                    break
                }
                j += 1
            }
        }
        return found
    }

    /// Roots of acts done in words alone (statements, appeals, intentions, consultation by word,
    /// praise and thanks).
    static let verbalRoots: Set<String> = ["01", "02", "03", "05"]
    /// Roots of reactions in words, dated by the story's day rather than by what they answer.
    static let reactionDayRoots: Set<String> = ["01", "02", "05", "10", "11", "12"]

    /// Number words that count days, weeks, months or years in "four days after".
    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// The shift ("four days after" → -4 days; "two weeks before" → +14 days; unit `d` or `m`)
    /// and the index of `after`/`before`, when the candidate's word follows "N units
    /// after/before" within a dozen words, with no punctuation between.
    /// Or the shift the other way, with the index of the comma that closes the phrase, when the
    /// sentence opens with "N units after/before …," ("Two days after the clash, Jaishankar
    /// spoke with Wang": two days after the clash's day).
    static func offsetBefore(_ c: EventCandidate, in s: EventSentence) -> (amount: Int, unit: Character, word: Int, comma: Int?)? {
        var b = c.trigger.lowerBound - 1
        while b >= 2, c.trigger.lowerBound - b <= 12 {
            let w = s.tokens[b].lower
            if w == "after" || w == "before" {
                guard let (n, unit) = length(before: b, in: s) else { return nil }
                return (w == "after" ? -n : n, unit, b, nil)
            }
            if s.tokens[b].isPunctuation { break }
            b -= 1
        }
        return openingOffset(before: c.trigger.lowerBound, in: s)
    }

    /// "Two days after the clash," (or "Just a week before the vote,") opening a sentence: the
    /// shift from the phrase's day to the day of the clauses after its comma (the candidate's
    /// word, `trigger`, among them).
    static func openingOffset(before trigger: Int, in s: EventSentence) -> (amount: Int, unit: Character, word: Int, comma: Int?)? {
        guard let comma = s.tokens.prefix(16).firstIndex(where: { $0.isWord(.comma) }), comma < trigger else { return nil }
        for a in 2...4 where a < comma {
            let w = s.tokens[a].lower
            guard w == "after" || w == "before" else { continue }
            guard let (n, unit) = length(before: a, in: s), !s.tokens[(a + 1)..<comma].contains(where: \.isPunctuation) else { return nil }
            return (w == "after" ? n : -n, unit, a, comma)
        }
        return nil
    }

    /// The length the two words before token `b` name ("four days", "two weeks", "a year"): in
    /// days (unit `d`) or months (unit `m`).
    static func length(before b: Int, in s: EventSentence) -> (Int, Character)? {
        guard b >= 2 else { return nil }
        let count = s.tokens[b - 2].lower
        guard let n = counts[count] ?? Int(count), n > 0, n < 400 else { return nil }
        switch s.tokens[b - 1].lower {
        case "day", "days": return (n, "d")
        case "week", "weeks": return (7 * n, "d")
        case "month", "months": return (n, "m")
        case "year", "years": return (12 * n, "m")
        default: return nil
        }
    }

    /// The tense the candidate's verb is told in: past (`met`, `was released`, `did not meet`),
    /// present (`urges`, `remains`, `has met`, `is holding`), or nil when its words do not say
    /// (`will meet`, `to meet`). The verb and the three words before it decide, then a past
    /// verb earlier in the clause; an actor's words ("the United States") are never read.
    func tense(_ s: EventSentence, _ c: EventCandidate) -> Tense? {
        let lemmatizer = sentenceCoder.reader.lemmatizer
        // (an -ing form's auxiliary may stand before its clause: "have begun calling for")
        let first = s.tokens[c.trigger.lowerBound].is(.endsING) ? max(0, c.trigger.lowerBound - 3)
            : max(c.clause.lowerBound, c.trigger.lowerBound - 3)
        var k = c.trigger.lowerBound
        let verb = s.tokens[k].lower
        // ("We continue to urge Israel …": the act goes on now; "continued to press" went on then)
        if k >= 2, s.tokens[k - 1].isWord(.to) {
            switch s.tokens[k - 2].lower {
            case "continue", "continues": return .present
            case "continued": return .past
            // ("and I want to thank the Swiss government": a wish of the speaker's now)
            case "want", "wish" where k >= 3 && ["i", "we"].contains(s.tokens[k - 3].lower): return .present
            // ("The Secretary plans to leave for Buenos Aires tomorrow": stated now)
            case "plans", "intends", "hopes", "expects", "wants", "wishes", "aims", "seeks": return .present
            case "planned", "intended", "hoped", "wanted", "wished", "aimed", "sought": return .past
            default: break
            }
        }
        // "spoke to reporters after the talks": an act named by a noun takes the clause's tense
        let noun = k > c.clause.lowerBound && (s.tokens[k - 1].is([.determiner, .preposition]) || s.tokens[k - 1].lower == "'s")
        if noun {
            // "have begun calling for a boycott": a present perfect before the noun is present
            if let j = pastVerbIndex(before: k, in: s, c) {
                return (max(c.clause.lowerBound, j - 2)..<j).contains { ["has", "have", "'ve"].contains(s.tokens[$0].lower) } ? .present : .past
            }
            return nil
        }
        if lemmatizer.isPast(verb) {
            // "has met", "have been released": a present perfect
            for j in first ..< k where ["has", "have", "'ve"].contains(s.tokens[j].lower) { return .present }
            return .past
        }
        while k > first {
            k -= 1
            let t = s.tokens[k]
            if s.actors.contains(where: { $0.start <= t.start && t.end <= $0.end }) { break }
            switch t.lower {
            case "was", "were", "had", "did": return .past
            case "is", "are", "am", "has", "have", "does", "do": return .present
            case "will", "would", "shall", "to", "may", "might", "can", "could", "should", "must": return nil
            default: continue
            }
        }
        // ("… and we again demand that …", "I urge": a plain form after a first or second
        // person is a present)
        var j = c.trigger.lowerBound - 1
        while j > first, s.tokens[j].is(.adverb) { j -= 1 }
        if j >= 0, ["we", "i", "you"].contains(s.tokens[j].lower), !lemmatizer.isPast(verb),
           !s.tokens[c.trigger.lowerBound].is([.endsING, .endsS]) { return .present }
        // "urges", "remains": a third-person present
        if verb.utf8.count > 3, verb.hasSuffix("s"), !verb.hasSuffix("ss"), lemmatizer.candidates(verb).count > 1 { return .present }
        return pastVerb(before: c.trigger.lowerBound, in: s, c) ? .past : nil
    }

    /// Whether a past verb stands in the clause before token `k`, outside actor mentions
    /// ("issued a statement threatening …", "thanked China and said he hoped …").
    func pastVerb(before k: Int, in s: EventSentence, _ c: EventCandidate) -> Bool {
        pastVerbIndex(before: k, in: s, c) != nil
    }

    /// The nearest past verb form before token `k` in the clause, outside actor mentions.
    func pastVerbIndex(before k: Int, in s: EventSentence, _ c: EventCandidate) -> Int? {
        pastVerbIndex(before: k, from: c.clause.lowerBound, in: s)
    }

    /// The nearest past verb form before token `k`, no earlier than token `from`, outside actor
    /// mentions.
    func pastVerbIndex(before k: Int, from: Int, in s: EventSentence) -> Int? {
        let lemmatizer = sentenceCoder.reader.lemmatizer
        var j = k - 1
        while j >= max(0, from) {
            let t = s.tokens[j]
            if !s.actors.contains(where: { $0.start <= t.start && t.end <= $0.end }), lemmatizer.isPast(t.lower) { return j }
            j -= 1
        }
        return nil
    }

    /// Auxiliaries of a present perfect before a participle ("has said", "I've made clear").
    static let perfectAuxiliaries: Set<String> = ["has", "have", "'ve", "’ve", "'s", "’s"]

    /// The tenses ``tense(_:_:)`` tells apart.
    enum Tense { case past, present }

    /// Determiners before a date that qualifies the noun after it ("the 1965 treaty"), possessives
    /// among them ("remarks about Ecuador's 2023 election campaign").
    static let attributiveDeterminers: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "'s", "’s"]

    /// Whether a temporal expression qualifies a noun: a determiner before it and a lowercase
    /// word after it that is no preposition or verb ("the 1965 treaty", "a 2018 ruling"), a
    /// possessive after it ("last year's rulings"), or "of" before it ("the declaration of April 27").
    static func isAttributive(_ t: TimeSpan, in s: EventSentence) -> Bool {
        guard let last = s.tokens.lastIndex(where: { $0.end <= t.end && $0.start >= t.start }),
              let first = s.tokens.firstIndex(where: { $0.start >= t.start }), last + 1 < s.tokens.count else { return false }
        // ("the 1988 and 1998 agreements": two years joined before the noun both qualify)
        func isYear(_ k: Int) -> Bool { s.tokens[k].form.utf8.count == 4 && s.tokens[k].form.allSatisfy(\.isNumber) }
        func joins(_ k: Int) -> Bool { s.tokens[k].isWord(.and) || s.tokens[k].lower == "or" }
        var next = s.tokens[last + 1]
        if joins(last + 1), last + 3 < s.tokens.count, isYear(last + 2) {
            next = s.tokens[last + 3]
        }
        // ("Within hours of Saturday's launch, Blinken met …": an act hours after the one so
        // named falls on its day)
        if next.lower == "'s" || next.lower == "’s" { return !isHoursAfter(first, in: s) }
        // "the Panmunjom Declaration of April 27", "the events of last week": after "of" a date
        // names a thing's time
        // (but "on the evening of April 16", "the morning of the talks" name a part of a day)
        if first > 0, s.tokens[first - 1].isWord(.of) { return !(first >= 2 && Self.partsOfDay.contains(s.tokens[first - 2].lower)) }
        // ("the 1 April strike", where the expression holds its "the": a date written out)
        let holdsThe = s.tokens[first].lower == "the" && first + 1 < last
            && (s.tokens[first + 1].form.first?.isNumber ?? false || s.tokens[first + 1].isCapitalized)
        // (or after "the 1988 and": the second of the two)
        let secondYear = first >= 3 && joins(first - 1) && isYear(first - 2) && attributiveDeterminers.contains(s.tokens[first - 3].lower)
        guard holdsThe || secondYear || first > 0 && attributiveDeterminers.contains(s.tokens[first - 1].lower),
              let c = next.form.unicodeScalars.first, c.properties.isLowercase else { return false }
        // (nor is a pronoun a noun so qualified: "say that earlier this week they refused")
        return !next.is([.preposition, .conjunction, .subordinator, .relative, .pronoun]) && !next.isWord(.comma)
    }

    /// Whether the words before token `first` say "hours (minutes) after" or "of", or "shortly
    /// (soon, immediately) after".
    static func isHoursAfter(_ first: Int, in s: EventSentence) -> Bool {
        guard first >= 2, s.tokens[first - 1].isWord(.of) || s.tokens[first - 1].lower == "after" else { return false }
        let before = s.tokens[first - 2].lower
        if before == "hours" || before == "minutes" { return true }
        return s.tokens[first - 1].lower == "after" && ["shortly", "soon", "immediately", "just", "right"].contains(before)
    }

    /// Parts of a day that name a time with "of" ("the evening of April 16").
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "eve", "dawn", "midday", "noon", "day", "hours"]

    /// Whether `t` dates the noun that names the candidate's act: "the declaration of February
    /// 29", "the June 12 summit".
    /// (A verb pattern's word can be that noun too: "Erdogan's December 7, 2023 visit to Athens".)
    static func datesNoun(_ t: TimeSpan, _ c: EventCandidate, in s: EventSentence) -> Bool {
        let k = c.trigger.upperBound
        if c.rule.hasPrefix("noun"), k + 2 < s.tokens.count, s.tokens[k + 1].isWord(.of), s.tokens[k + 2].start == t.start { return true }
        // a date right before the noun, perhaps with one modifier between
        let before = s.tokens[..<c.trigger.lowerBound].lastIndex { $0.end <= t.end && $0.start >= t.start }
        return before.map { c.trigger.lowerBound - $0 <= 2 } ?? false
    }

    /// Whether `t` dates the occasion an opening phrase names, before the comma that closes it
    /// and the candidate's verb: "In his December statement, Katz warned …", "At their June
    /// summit, the leaders agreed …", "During the 2019 visit, Abe met Xi". (Not "After the
    /// March talks", which sets only a bound.)
    static func datesOpeningOccasion(_ t: TimeSpan, _ c: EventCandidate, in s: EventSentence) -> Bool {
        guard let opener = s.tokens.first, opener.isWord(.in) || opener.isWord(.at) || opener.isWord(.during) || opener.isWord(.on),
              let first = s.tokens.firstIndex(where: { $0.start >= t.start }), first >= 1, first <= 3,
              s.tokens[1..<first].allSatisfy({ attributiveDeterminers.contains($0.lower) }),
              let last = s.tokens.lastIndex(where: { $0.end <= t.end }),
              let comma = s.tokens[(last + 1)...].firstIndex(where: { $0.isWord(.comma) }),
              comma - last <= 3, comma < c.trigger.lowerBound else { return false }
        return !s.tokens[(last + 1)..<comma].contains { $0.is([.preposition, .conjunction, .subordinator, .relative, .pronoun]) }
    }

    /// Whether the candidate's clause is a "when" clause after a comma that closes the phrase of
    /// `t`, within eight words of it: the time the phrase names is the clause's.
    static func whenClauseAfter(_ t: TimeSpan, _ c: EventCandidate, in s: EventSentence) -> Bool {
        guard let w = (max(0, c.clause.lowerBound - 1)...c.clause.lowerBound).first(where: { s.tokens[$0].lower == "when" }), w > 0,
              s.tokens[w - 1].isWord(.comma), let last = s.tokens.lastIndex(where: { $0.end <= t.end }), last < w else { return false }
        return w - last <= 8 && !s.tokens[(last + 1)..<w].contains { $0.isWord(.semicolon) }
    }

    /// Whether a relative pronoun (`which`, `who`, `whom`, `whose`) stands between token
    /// `from` and the offset `limit`.
    static func relativeClauseOpens(in s: EventSentence, from: Int, before limit: Int) -> Bool {
        var k = from
        while k < s.tokens.count, s.tokens[k].end <= limit {
            let key = s.tokens[k].key
            if key == TokenLiteral.which.hash || key == TokenLiteral.who.hash || key == TokenLiteral.whom.hash
                || key == TokenLiteral.whose.hash { return true }
            k += 1
        }
        return false
    }

    /// Whether a time follows, within eight words, a relative clause that opens with a subject
    /// pronoun (or "that") right after a noun and before an auxiliary or a past form ("the status
    /// it had granted Pakistan in 1996", "a closure that began in 2015"), with no punctuation between.
    /// With `pronounOnly`, only a clause opened by a pronoun counts ("the state of emergency it
    /// declared on Wednesday", not "a trip that began on Sunday").
    static func zeroRelativeBefore(_ t: TimeSpan, in s: EventSentence, pronounOnly: Bool = false, isPast: (String) -> Bool) -> Bool {
        zeroRelativeOpener(before: t, in: s, pronounOnly: pronounOnly, isPast: isPast) != nil
    }

    /// The token that opens the relative clause of ``zeroRelativeBefore(_:in:pronounOnly:isPast:)``, or nil.
    static func zeroRelativeOpener(before t: TimeSpan, in s: EventSentence, pronounOnly: Bool = false, isPast: (String) -> Bool) -> Int? {
        guard let k = s.tokens.firstIndex(where: { $0.start >= t.start }) else { return nil }
        var j = k - 1
        while j >= 1, k - j <= 8, !s.tokens[j].isPunctuation {
            // (a noun before the pronoun: a lowercase word of no closed class and no verb form;
            // the coder's tokens carry no tags)
            let noun = s.tokens[j - 1]
            let opener = s.tokens[j]
            // (token classes first: this runs for every time before a candidate's clause)
            if opener.is(.pronoun) && ClauseReader.subjectPronouns.contains(opener.lower) || !pronounOnly && opener.isWord(.that), j + 1 < k,
               noun.is(.alphabetic), !noun.isCapitalized,
               !noun.is([.preposition, .conjunction, .determiner, .pronoun, .auxiliary, .modal, .adverb, .subordinator, .relative, .endsED, .reportVerb]),
               s.tokens[j + 1].is([.have, .be]) || s.tokens[j + 1].is(.endsED) || isPast(s.tokens[j + 1].lower) { return j }
            j -= 1
        }
        return nil
    }

    /// The token of the past participle right before a time, perhaps with "on", "in" or "the"
    /// between ("made on 26 July", "signed the previous October"), or nil.
    static func participleBefore(_ t: TimeSpan, in s: EventSentence, isPast: (String) -> Bool) -> Int? {
        guard let k = s.tokens.firstIndex(where: { $0.start >= t.start }) else { return nil }
        var j = k - 1
        while j >= 0, k - j <= 3 {
            let w = s.tokens[j]
            if w.is(.endsED) || w.is(.endsEN) || isPast(w.lower) { return j }
            guard ["on", "in", "the"].contains(w.lower) else { return nil }
            j -= 1
        }
        return nil
    }

    /// Whether a time lies in a relative aside set off by a comma ("the drills, which began on
    /// Monday, pushed …"): the relative word stands after the last comma before it.
    static func insideRelativeAside(_ t: TimeSpan, in s: EventSentence) -> Bool {
        guard let comma = s.tokens.lastIndex(where: { $0.end <= t.start && $0.isWord(.comma) }) else { return false }
        return relativeClauseOpens(in: s, from: comma + 1, before: t.start)
    }

    /// The byte range of an aside set off by commas right after a subject and closed before
    /// offset `before` ("The State Department, in a statement issued Saturday, congratulated
    /// …"), from the opening comma's start to the closing comma's end, or nil.
    static func subjectAside(after subject: ActorSpan, before: Int, in s: EventSentence) -> Range<Int>? {
        guard let open = s.tokens.firstIndex(where: { $0.start >= subject.end }), s.tokens[open].isWord(.comma),
              let close = s.tokens[(open + 1)...].firstIndex(where: { $0.isWord(.comma) }),
              s.tokens[close].end <= before else { return nil }
        return s.tokens[open].start..<s.tokens[close].end
    }

    /// Whether a time comes right after "since" ("its first missile test since September 15",
    /// "held since December 28, 2018"): where a span that runs to the present starts, no day the
    /// story goes on from.
    static func afterSince(_ t: TimeSpan, in s: EventSentence) -> Bool {
        s.tokens.last { $0.end <= t.start }?.isWord(.since) ?? false
    }

    /// Whether a time lies in an example that "including" and a noun open after offset `after`,
    /// with no comma between ("welcomed the restoration of military communication, including the
    /// video call between the two commanders in September"): it dates that example, not the act
    /// it illustrates, and the story does not go on from it.
    static func insideExample(_ t: TimeSpan, in s: EventSentence, after: Int = 0) -> Bool {
        guard let k = s.tokens.lastIndex(where: { $0.end <= t.start && ($0.isWord(.including) || $0.isWord(.comma) || $0.isWord(.semicolon)) }),
              s.tokens[k].isWord(.including), k + 1 < s.tokens.count else { return false }
        // ("fired water cannons at the boats, including on August 5 and December 10": days of the
        // act itself)
        let next = s.tokens[k + 1]
        return s.tokens[k].start >= after && !next.is(.preposition) && next.start < t.start
    }

    /// The day or month after "after" or "following" (within three words: "After the April 27
    /// summit") before offset `trigger`, when it is not after the publication date and lies
    /// after the story's clock (or there is none).
    static func dayAfter(before trigger: Int, in s: EventSentence, clock: TimeSpan?, publication: CalendarDay?) -> TimeSpan? {
        s.times.last { t in
            guard t.end <= trigger, publication.map({ t.dateEnd <= $0 }) ?? true, clock.map({ t.dateStart > $0.dateEnd }) ?? true,
                  let k = s.tokens.firstIndex(where: { $0.start >= t.start }) else { return false }
            // ("After the Al Haouz earthquake of 8 September 2023, Algeria offered …": a day
            // after "of" may end a longer phrase)
            let reach = k > 0 && s.tokens[k - 1].isWord(.of) ? 7 : 3
            return (max(0, k - reach)..<k).contains { s.tokens[$0].lower == "after" || s.tokens[$0].lower == "following" }
                && !(max(0, k - reach)..<k).contains { s.tokens[$0].isPunctuation }
        }
    }

    /// Words that open a subordinate clause of time or reason (``ClauseWords/subordinators``
    /// without the complementizers, with the prepositions "after" and "before").
    static let timeClauseOpeners: Set<String> = ["after", "before", "when", "since", "because", "while", "until", "once"]

    /// Words that say when a meeting was to be held: "talks that were due to take place on
    /// Wednesday", "the summit scheduled for June 12".
    static let scheduleWords: Set<String> = ["due", "scheduled", "set", "planned", "slated"]

    /// "North Korea called off talks that were due to take place on Wednesday": a meeting called
    /// off (164) whose clause names no other day was called off by the day it was due, when that
    /// day is not after the publication; that day dates it (the day before is the other likely
    /// one, and the story's clock goes on from the cancellation).
    static func scheduledDay(_ c: EventCandidate, in s: EventSentence, publication: CalendarDay?) -> TimeSpan? {
        guard c.code == "164", c.mode == .asserted, let p = publication else { return nil }
        let after = s.tokens[c.trigger.upperBound].end
        return s.times.first { t in
            guard t.dateStart == t.dateEnd, t.dateEnd <= p, t.start >= after else { return false }
            let before = s.tokens.lazy.filter { $0.start >= after && $0.end <= t.start }.suffix(6)
            return before.contains { scheduleWords.contains($0.lower) }
        }
    }

    /// Whether a complementizer or a reason (`that`, `because`) stands between token `from` and
    /// the offset `limit`.
    static func complementOpens(in s: EventSentence, from: Int, before limit: Int) -> Bool {
        var k = from
        while k < s.tokens.count, s.tokens[k].end <= limit {
            let t = s.tokens[k]
            if t.lower == "because" { return true }
            // "denounced Japan for joining a summit at Camp David on Friday": a reason told by a
            // gerund has its own time
            if t.lower == "for", k + 1 < s.tokens.count, s.tokens[k + 1].is(.endsING), s.tokens[k + 1].is(.alphabetic) { return true }
            // "that" opens a clause when a subject follows ("that the talks", "that he"), not as a
            // determiner ("criticized that South Korean proposal on Sunday"; a name after it may be
            // either, so it counts as neither)
            if t.key == TokenLiteral.that.hash, k + 1 < s.tokens.count {
                let next = s.tokens[k + 1]
                if Self.clauseOpeners.contains(next.lower) { return true }
            }
            k += 1
        }
        return false
    }

    /// Words that begin a clause's subject after "that".
    static let clauseOpeners: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "he", "she", "it", "they", "we", "i", "you",
        "this", "these", "those", "there", "both", "all", "some", "no",
    ]

    /// A 16-hex-digit FNV-1a hash of the parts: stable across runs and machines.
    static func stableID(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for b in part.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            h ^= 0x1f
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Words before a deadline ("by Feb. 7", "until Friday").
    static let deadlineWords: Set<String> = ["by", "until", "till", "before"]

    /// Whether a value is a month or a day of plain digits (`2020-06`, `2020-06-29`).
    static func isMonthOrDay(_ value: String) -> Bool {
        (value.utf8.count == 7 || value.utf8.count == 10) && value.utf8.allSatisfy { $0 == 45 || ($0 >= 48 && $0 <= 57) }
    }

    /// Whether a time is a day or a month written with its year ("June 29, 2020", "March 2019").
    static func writesItsYear(_ t: TimeSpan) -> Bool {
        guard isMonthOrDay(t.value) else { return false }
        var run = 0
        for b in t.text.utf8 {
            run = b >= 48 && b <= 57 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Whether a time is a month or a day of a month named by its month ("June 6", "in March"),
    /// its value plain digits.
    static func namesMonth(_ t: TimeSpan) -> Bool {
        isMonthOrDay(t.value) && t.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: { Self.monthWords.contains(String($0.prefix(3))) })
    }

    /// A month or a month and day without a year (anchored on the publication date) that lies
    /// after `publication`, moved a year back; any other time as it is.
    static func yearEarlierIfAhead(_ t: TimeSpan, of publication: CalendarDay) -> TimeSpan {
        guard t.dateStart > publication, t.record?.anchor == "publication", Self.namesMonth(t) else { return t }
        return yearBack(t)
    }

    /// A month or a day of a month (a value of plain digits) a year earlier.
    static func yearBack(_ t: TimeSpan) -> TimeSpan {
        guard let year = Int(t.value.prefix(4)) else { return t }
        var u = t
        u.value = String(year - 1) + t.value.dropFirst(4)
        u.dateStart = t.dateStart.adding(months: -12)
        u.dateEnd = t.dateEnd.adding(months: -12)
        return u
    }

    /// The first three letters of the month names.
    static let monthWords: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
