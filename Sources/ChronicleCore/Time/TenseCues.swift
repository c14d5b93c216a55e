/// Finds whether the clause around an expression speaks of the past or the future, so that a
/// bare "July" or "Friday" can be placed before or after the publication date.
///
/// The nearest cue in the same sentence wins (looking left first at each distance, up to
/// ``window`` tokens): future markers ("will", "plans", "scheduled", "next", "to" before a verb),
/// past markers ("was", "had", "last", irregular past forms from `tense.tsv`, regular forms in
/// -ed). Reporting verbs ("said", "told") are skipped: "said he will visit in July" is future.
final class TenseCues {
    // A class, so that the resolver's cue closures share one scanner instead of copying it.
    let scanner: TimexScanner

    init(scanner: TimexScanner) {
        self.scanner = scanner
    }

    /// How far to look on each side.
    static let window = 10
    /// How far to look left for a finite verb when nothing within ``window`` gives a cue.
    static let farWindow = 60

    /// The cue for the expression covering tokens `first..<end`, or nil when the sentence has none.
    func cue(first: Int, end: Int) -> TenseCue? {
        let tokens = scanner.tokens
        // "payable by February", "effective Feb. 1": a deadline word right before the date points
        // forward unless a verb form of the clause says otherwise
        var deadline = scanner.word(first - 1)?.isDeadline ?? false
        // "this year through August", "from May 3 through June": the end of a span, not a deadline
        if deadline, first >= 2, tokens[first - 2].kind == .number
            || scanner.word(first - 2).map({ $0.unit != nil || $0.month > 0 || $0.weekday > 0 }) ?? false {
            deadline = false
        }
        // "as early as Tuesday", "as soon as Friday": the earliest time something may happen
        if first >= 3, tokens[first - 1].key == scanner.fn.as_, tokens[first - 3].key == scanner.fn.as_,
           tokens[first - 2].key == scanner.fn.early || tokens[first - 2].key == scanner.fn.soon {
            deadline = true
        }
        // "agreed to meet", "is continuing to try": an infinitive is a weak future cue, used only
        // when no finite verb form nearby says otherwise
        var infinitive: TenseCue?
        // A reporting verb skipped in the window: "announced a plan on March 6" has no other
        // tense than the report's own
        var sawReport = false
        // After a date inside a clause, a comma ends the clause: in "talks due to end by May,
        // invited him two weeks ago" the words after the comma have their own time. A date that
        // opens its sentence ("On Friday, the envoy left") takes its tense from what follows.
        // ("Two weeks later, on March 23, the boats collided": so does one after other time
        // words that open the sentence)
        let fronted = first < 3 || tokens[first - 3].sentence != tokens[first].sentence || opensWithTimes(before: first)
        var rightOpen = true
        // "Wednesday's ruling", "Friday's close": a date in the possessive names an event of its
        // own, not the time of the clause's verb; only a word right before it counts ("ahead of")
        // "a June agreement", "the March accession": a date before a noun is the same
        let f = scanner.fn
        let before = first > 0 ? tokens[first - 1].key : -1
        let determiner = before >= 0 && f.isDeterminer(before)
        let attributive = determiner && end < tokens.count && tokens[end].kind == .word && !tokens[end].capitalized
            && scanner.word(end).map { !$0.isLink && $0.tense == nil && !$0.isBeForm && !$0.canStart } ?? true
        let possessive = attributive || (end + 1 < tokens.count && tokens[end].kind == .punct && tokens[end].punct == 39
            && tokens[end + 1].key == f.s)
        for d in 1...(possessive ? 2 : Self.window) {
            if possessive { rightOpen = false }
            for side in 0..<2 {
                let k = side == 0 ? first - d : end - 1 + d
                guard k >= 0, k < tokens.count else { continue }
                guard tokens[k].sentence == tokens[first].sentence else { continue }
                if side == 1 {
                    guard rightOpen else { continue }
                    if !fronted, tokens[k].kind == .punct, tokens[k].punct == 44 || tokens[k].punct == 59 {
                        rightOpen = false
                        continue
                    }
                    // ("notified the coast guard early Monday that it would launch …": a clause
                    // that "that" opens after the date has a time of its own)
                    if tokens[k].key == scanner.fn.that {
                        rightOpen = false
                        continue
                    }
                }
                // "to restart" after the expression is the content of a past act, not its tense
                if k >= end, tokens[k].key == scanner.fn.to { continue }
                if let c = cue(at: k) {
                    if c == .future, tokens[k].key == scanner.fn.to {
                        if infinitive == nil { infinitive = c }
                        // "promised to visit Pyongyang in September", "an invitation to visit in the
                        // autumn": after a word of commitment the infinitive's clause is to come,
                        // whatever tense the verb before it has
                        if k < first, !fronted, committed(to: k) { return .future }
                        continue
                    }
                    // "said on Tuesday", "said Tuesday": the date is the reporting act's own; so is
                    // one that opens the sentence before it ("On March 6, the government announced
                    // that …")
                    if c == .report {
                        if d <= 2 || (fronted && k >= end) { return .past }
                        sawReport = true
                        continue
                    }
                    if deadline, c == .past, scanner.word(k)?.tense == nil { continue }   // a guessed -ed form: look on
                    // "has given them until Tuesday": a present perfect grants a time still to come
                    if deadline, c == .past, tokens[k].key == scanner.fn.has || tokens[k].key == scanner.fn.have { continue }
                    return c
                }
            }
        }
        if deadline { return .future }
        if possessive { return nil }
        // ("On Sunday, at twelve noon, in the Zócalo, I will announce the measures": a time that
        // opens its sentence takes the tense of the clause after it, however far its verb)
        if fronted {
            var k = end + Self.window
            while k < tokens.count, k < end + Self.farWindow, tokens[k].sentence == tokens[first].sentence {
                if tokens[k].key != f.to, let c = cue(at: k) { return c == .report ? .past : c }
                k += 1
            }
        }
        // Nothing near: a finite verb farther left in the sentence still sets the clause's time
        // ("will be named commander of the crew for a mission in December"; "staged rallies
        // across the country to mark its entry into the alliance on Friday"), and it outranks
        // an infinitive found nearer.
        // (at most ``farWindow`` tokens: a text without sentence ends must not make this quadratic)
        var k = first - Self.window - 1
        while k >= 0, k >= first - Self.farWindow, tokens[k].sentence == tokens[first].sentence {
            // "had not signed an accord to hand him over if they lose when the case is heard in
            // May": a condition or time clause has a time of its own
            let key = tokens[k].key
            if key == f.if_ || key == f.when || key == f.unless || key == f.whether { break }
            // (an infinitive after a word of commitment still makes the clause one to come:
            // "invited President Trump to attend the APEC leaders' meeting in Gyeongju in late October")
            if key == f.to, !sawReport, cue(at: k) == .future, committed(to: k) { return .future }
            // (so does a present "be" before it, a plan: "The Arab League is to hold an emergency
            // meeting of its envoys in Cairo on Wednesday")
            if key == f.to, !sawReport, k > 0, scanner.word(k - 1)?.isBeForm ?? false,
               tokens[k - 1].key != f.was, tokens[k - 1].key != f.were, tokens[k - 1].key != f.been, tokens[k - 1].key != f.be,
               cue(at: k) == .future { return .future }
            // (any other infinitive is the weak cue it is nearer: "The summit, to be preceded by a
            // preparatory meeting of foreign ministers on Sunday, will discuss …")
            // (only just past the window: "glad to meet with Finland …, following its accession on 4
            // April" looks back)
            if key == f.to, infinitive == nil, first - k <= Self.window + 3, cue(at: k) == .future { infinitive = .future }
            if key != f.to, let c = cue(at: k), c != .report { return c }
            k -= 1
        }
        return infinitive ?? (sawReport ? .past : nil)
    }

    /// Whether an expression that opens its sentence, alone or after "On" or "In", before a comma
    /// dates a clause told in the past ("On January 10, China stopped issuing visas" in a
    /// December article): the first verb form after the comma is a past form or a report. Such a
    /// day lies before the publication date however near the coming one is.
    func firmPast(first: Int, end: Int) -> Bool {
        let tokens = scanner.tokens
        let f = scanner.fn
        let sentence = tokens[first].sentence
        var start = first
        if start > 0, tokens[start - 1].sentence == sentence, tokens[start - 1].key == f.on || tokens[start - 1].key == f.in_ { start -= 1 }
        guard start == 0 || tokens[start - 1].sentence != sentence,
              end < tokens.count, tokens[end].kind == .punct, tokens[end].punct == 44 else { return false }
        var k = end + 1
        while k < tokens.count, k <= end + 9, tokens[k].sentence == sentence {
            if tokens[k].kind == .punct { return false }
            if let c = cue(at: k) { return c == .past || c == .report }
            k += 1
        }
        return false
    }

    /// Whether an expression opens its sentence before a colon or a dash, as the entries of a
    /// chronology do ("May 29: Pyongyang replied …", "May 31 - a rocket crashed …"); the event
    /// coder's ``EventCoder/opensEntry(_:)`` reads the same entries for their later sentences.
    func opensEntry(first: Int, end: Int) -> Bool {
        let tokens = scanner.tokens
        // (a bullet may come first: "- Jan. 23 — …")
        var k = first - 1
        while k >= 0, tokens[k].sentence == tokens[first].sentence, tokens[k].kind == .punct { k -= 1 }
        guard k < 0 || tokens[k].sentence != tokens[first].sentence else { return false }
        // (a heading that is nothing but the time: "January" on a line of its own)
        if end == tokens.count || tokens[end].newlineBefore, first == 0 || tokens[first].newlineBefore || k >= 0 && tokens[k + 1].newlineBefore {
            return true
        }
        return end < tokens.count && tokens[end].kind == .punct && (tokens[end].punct == 58 || tokens[end].punct == 45)
    }

    /// Whether only time words, numbers, prepositions and punctuation stand between the start
    /// of the sentence and token `first` ("Two weeks later, on", "In 2019, in"), at most 12 tokens.
    private func opensWithTimes(before first: Int) -> Bool {
        let tokens = scanner.tokens
        var k = first - 1
        while k >= 0, tokens[k].sentence == tokens[first].sentence {
            if first - k > 12 { return false }
            let t = tokens[k]
            if t.kind == .word {
                guard let w = scanner.word(k), w.post != nil || (w.tense == nil && (w.unit != nil || w.cardinal != nil
                    || w.month > 0 || w.weekday > 0 || w.relative != nil || w.isLink)) else { return false }
            }
            k -= 1
        }
        return true
    }

    /// Whether the "to" at `k` follows a word of commitment, directly ("agreed to meet") or as
    /// the last of coordinated infinitives ("agreed to stop the broadcasts, to open an office and
    /// to hold reunions").
    private func committed(to k: Int) -> Bool {
        let tokens = scanner.tokens
        guard k > 0 else { return false }
        if scanner.word(k - 1)?.isCommitment ?? false { return true }
        // ("invited President Trump to attend the meeting in late October", "agreed with Seoul to
        // meet in May": or before a short object or partner of at most four words)
        var o = k - 1
        while o > 0, k - o <= 4, tokens[o].kind == .word, tokens[o].sentence == tokens[k].sentence {
            o -= 1
            if tokens[o].kind == .word, scanner.word(o)?.isCommitment ?? false { return true }
        }
        let previous = tokens[k - 1]
        guard previous.key == scanner.fn.and || previous.key == scanner.fn.or || (previous.kind == .punct && previous.punct == 44) else { return false }
        var j = k - 2
        while j > 0, j >= k - 40, tokens[j].sentence == tokens[k].sentence {
            if tokens[j].key == scanner.fn.to, scanner.word(j - 1)?.isCommitment ?? false { return true }
            j -= 1
        }
        return false
    }

    private func cue(at k: Int) -> TenseCue? {
        let tokens = scanner.tokens
        let t = tokens[k]
        guard t.kind == .word else { return nil }
        // "the scheduled seating": a participle after a determiner is an adjective, not a tense
        if k > 0, let p = scanner.word(k - 1), tokens[k - 1].kind == .word {
            let f = scanner.fn
            let key = tokens[k - 1].key
            if f.isDeterminer(key) { return nil }
            _ = p
        }
        // "will be paid", "is heard in May": a participle after "be" carries no tense; the
        // auxiliary before it decides ("was held" still finds "was")
        let afterBe = k > 0 && (scanner.word(k - 1)?.isBeForm ?? false)
        // "next to the embassy": a place, not a time to come
        if t.key == scanner.fn.next, k + 1 < tokens.count, tokens[k + 1].key == scanner.fn.to { return nil }
        if let w = scanner.word(k) {
            // "Two weeks later, on March 23": "later" after a length counts from the story's
            // last day, not forward from the publication date
            if w.post == .later, k > 0, scanner.word(k - 1)?.unit != nil { return nil }
            // ("left the area later on Monday", "later that day": a later hour of a day named
            // right after it is no time to come)
            if w.post == .later, k + 1 < tokens.count, tokens[k + 1].key == scanner.fn.on || tokens[k + 1].key == scanner.fn.that { return nil }
            if let c = w.tense {
                // "set for May", "set to expire": a plan; "a record set on Aug. 6", "set aside": past
                if t.key == scanner.fn.set, k + 1 < tokens.count,
                   tokens[k + 1].key != scanner.fn.for_, tokens[k + 1].key != scanner.fn.to {
                    return nil
                }
                // "set aside vacation plans for the trip", "the plans of the ministry": a plan
                // named before "for" or "of" is a noun, not a verb that plans
                if c == .future, t.key == scanner.fn.plans || t.key == scanner.fn.plan, k + 1 < tokens.count,
                   tokens[k + 1].key == scanner.fn.for_ || tokens[k + 1].key == scanner.fn.of {
                    return nil
                }
                // "had been scheduled to expire", "had planned to": a plan of the past perfect
                // lies in the past
                if c == .future, k > 0, tokens[k - 1].key == scanner.fn.had
                    || (k > 1 && tokens[k - 1].key == scanner.fn.been && tokens[k - 2].key == scanner.fn.had) {
                    return .past
                }
                // "talks that were due to take place on Wednesday", "the vote was scheduled for
                // Friday": a plan told in the past, now changed or done; its day is the nearer one
                if c == .future, k > 0, t.key == scanner.fn.due || t.key == scanner.fn.scheduled,
                   tokens[k - 1].key == scanner.fn.was || tokens[k - 1].key == scanner.fn.were {
                    return .nearest
                }
                // "were planning", "was expected", "had planned": the future word after the auxiliary decides
                if c == .past, k + 1 < tokens.count, scanner.word(k + 1)?.tense == .future { return nil }
                return afterBe && c == .past ? nil : c
            }
            if t.key == scanner.fn.to, k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized {
                let next = tokens[k + 1].key
                let f = scanner.fn
                if next == f.the || next == f.a || next == f.an || next == f.his || next == f.her || next == f.their
                    || next == f.its || next == f.this || next == f.these || next == f.those || next == f.that { return nil }
                if let nw = scanner.word(k + 1), nw.month > 0 || nw.unit != nil || nw.cardinal != nil || nw.weekday > 0 { return nil }
                // ("the commitments agreed to by the two leaders": a preposition after "to" makes no infinitive)
                if next == f.by || scanner.word(k + 1)?.isLink ?? false { return nil }
                if scanner.endsWith(k + 1, "ing") || scanner.endsWith(k + 1, "ed") { return nil }
                if scanner.endsWith(k + 1, "s"), !scanner.endsWith(k + 1, "ss") { return nil }   // "to reporters"
                return .future
            }
            if w.month > 0 || w.weekday > 0 || w.unit != nil { return nil }
        }
        // "a still unspecified date", "the newly elected council": a participle after an adverb
        // inside a noun phrase is an adjective
        if k > 1, tokens[k - 1].kind == .word, scanner.endsWith(k - 1, "ly") || scanner.endsWith(k - 1, "still"),
           tokens[k - 2].key == scanner.fn.the || tokens[k - 2].key == scanner.fn.a || tokens[k - 2].key == scanner.fn.an {
            return nil
        }
        // "reunions of separated families", "with armed guards": a participle right after a
        // preposition is an adjective
        let afterLink = k > 0 && tokens[k - 1].kind == .word && (tokens[k - 1].key == scanner.fn.of
            || ((scanner.word(k - 1)?.isLink ?? false) && tokens[k - 1].key != scanner.fn.and && tokens[k - 1].key != scanner.fn.or))
        // regular past: "agreed", "visited" (not "need", "red", or capitalized names)
        if t.length >= 5, !afterBe, !afterLink, !t.capitalized || scanner.startsSentence(k), scanner.endsWith(k, "ed"),
           !scanner.endsWith(k, "eed") {
            return .past
        }
        return nil
    }
}
