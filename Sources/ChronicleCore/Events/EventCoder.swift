import Foundation

/// Chronicle's event coder: from a document's sentences, actors and dates, the interactions
/// between actors as event records of schema version 1 (`DESIGN.md`, "Event record").
///
/// Each sentence is read into clause frames; frames are matched to the verb lexicon and event
/// nouns to the noun lexicon; complements, modes, attribution (`according to Kyodo`), dates
/// (`date_basis`) and places are resolved; one record is written per source, target and root.
///
/// ```swift
/// let coder = EventCoder.shipped()
/// let coded = coder.code(Document(id: "d1", text: "Japan condemned North Korea's missile launch.",
///                                 publicationDate: CalendarDay(iso: "2017-02-13")))
/// coded.events.first?.cameo   // "111"
/// ```
public struct EventCoder: Sendable {
    /// The pattern lexicons.
    public let lexicon: PatternLexicon
    /// The CAMEO table.
    public let ontology: CAMEOOntology
    /// Finds actor mentions in a document (Chronicle's actor resolver when it is linked in).
    public var actorFinder: @Sendable (Document) -> [ActorSpan]
    /// Finds dated temporal expressions in a document.
    public var timeFinder: @Sendable (Document) -> [TimeSpan]
    /// Splits a document into sentences of words (with tags when a tagger is linked in).
    public var sentenceFinder: @Sendable (Document) -> [EventSentence]
    /// Looks a place name up in a gazetteer: its canonical name and country.
    public var placeFinder: (@Sendable (String) -> (String, String?)?)?

    /// What the coder's output depends on: ``EventCoder/revision`` and a digest of the shipped
    /// lexicons and tables. Stored documents coded by another version are coded again on ingest.
    public var version: String = EventCoder.shippedVersion

    /// The last day of each historical state (`SUN`: 1991-12-26): an act dated more than a year
    /// after it is no act of that state ("the Soviet war memorial" in a story of 2007).
    public var statesUntil: [String: CalendarDay] = [:]

    let sentenceCoder: SentenceCoder

    /// Creates a coder from lexicons and the analysis stages it reads.
    public init(lexicon: PatternLexicon = .shipped, ontology: CAMEOOntology = .shipped,
                sentenceFinder: @escaping @Sendable (Document) -> [EventSentence] = {
                    EventSentence.sentences(of: SegmentedText($0.text, mode: .universalDependencies))
                },
                actorFinder: @escaping @Sendable (Document) -> [ActorSpan] = { _ in [] },
                timeFinder: @escaping @Sendable (Document) -> [TimeSpan] = { _ in [] }) {
        self.lexicon = lexicon
        self.ontology = ontology
        self.sentenceFinder = sentenceFinder
        self.actorFinder = actorFinder
        self.timeFinder = timeFinder
        self.sentenceCoder = SentenceCoder(lexicon: lexicon, ontology: ontology)
    }

    /// Codes a document.
    public func code(_ document: Document) -> CodedDocument {
        codeExplained(document).0
    }

    /// Codes a document and explains every event (pattern, rule and spans).
    public func codeExplained(_ document: Document) -> (CodedDocument, [EventExplanation]) {
        code(document, sentences: analyzedSentences(document))
    }

    /// The document's sentences with their actor mentions (and places), temporal expressions
    /// and first-person speakers: what the clause reader and `frameDump` read.
    func analyzedSentences(_ document: Document) -> [EventSentence] {
        var sentences = sentenceFinder(document)
        let actors = Self.inTextOrder(actorFinder(document), start: \.start)
        let times = Self.inTextOrder(timeFinder(document), start: \.start)
        // Each sentence takes its mentions from binary-searched windows rather than scanning
        // every mention of the document: long documents stay linear.
        let actorsByEnd = actors.indices.sorted { (actors[$0].end, $0) < (actors[$1].end, $1) }
        let timeStarts = times.map(\.start)
        for k in sentences.indices {
            let s = sentences[k]
            sentences[k].actors = Self.actors(actors, byEnd: actorsByEnd, in: s)
            var t = Self.firstIndex(in: timeStarts, notBelow: s.start)
            var inside = [TimeSpan]()
            while t < times.count, times[t].start < s.end {
                if times[t].end <= s.end { inside.append(times[t]) }
                t += 1
            }
            sentences[k].times = inside
            if let placeFinder { sentences[k].actors = Self.withPlaces(sentences[k], placeFinder) }
            sentences[k].actors = GroupReference.shipped.withGroups(sentences[k])
        }
        Speakers.resolve(&sentences)
        return sentences
    }

    /// `items` sorted by start (stably), without copying them when they already are, as the
    /// actor and time layers give them.
    static func inTextOrder<T>(_ items: [T], start: (T) -> Int) -> [T] {
        var k = 1
        while k < items.count, start(items[k - 1]) <= start(items[k]) { k += 1 }
        return k >= items.count ? items : items.sorted { start($0) < start($1) }
    }

    /// The actor mentions of a sentence: those that end inside it, clipped to its start (a
    /// mention that runs over a sentence boundary belongs where its head noun is).
    /// - Parameters:
    ///   - all: Every mention of the document, sorted by start.
    ///   - byEnd: The indices of `all` sorted by end (then index).
    static func actors(_ all: [ActorSpan], byEnd: [Int], in s: EventSentence) -> [ActorSpan] {
        // Mentions whose end lies in (s.start, s.end], back in document order.
        var lo = 0, hi = byEnd.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[byEnd[mid]].end <= s.start { lo = mid + 1 } else { hi = mid }
        }
        var picked = [Int]()
        var k = lo
        while k < byEnd.count, all[byEnd[k]].end <= s.end {
            picked.append(byEnd[k])
            k += 1
        }
        picked.sort()
        return picked.map { i in
            let a = all[i]
            var clipped = a
            if clipped.start < s.start {
                let offset = s.start - a.start
                clipped.start = s.start
                clipped.text = String(String.UnicodeScalarView(a.text.unicodeScalars.dropFirst(offset)))
            }
            return clipped
        }
    }

    /// The first index of sorted `values` whose value is at least `bound`.
    static func firstIndex(in values: [Int], notBelow bound: Int) -> Int {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < bound { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Adds place names after `in`, `at`, `to`, `from` and `near`, or right after a past verb
    /// (its object: `shelled Kherson`, `captured Bakhmut`), that are not actor mentions (`in
    /// Pyeongchang`, `to Mexico City`) as place spans with their country.
    /// Words after which a capitalized name may be a place (`in Hanoi`, `visited Seoul`), as keys.
    static let placeCues: Set<UInt64> = Set(["in", "at", "to", "from", "near", "into", "visit", "visited", "visiting"]
        .map { PhraseHash.token($0.utf8, lowered: false) })

    /// Nouns whose `of` phrase names a place (`the city of Kherson`).
    static let placeNouns: Set<String> = [
        "city", "town", "village", "port", "province", "region", "district", "capital", "outskirts",
        "suburbs", "streets", "center", "centre", "governorate", "oblast",
    ]

    /// Irregular past forms of verbs of force whose object may be a town (`struck Tyre`).
    static let pastsOfForce: Set<UInt64> = Set(["struck", "hit", "took", "retook", "overran", "shot"]
        .map { PhraseHash.token($0.utf8, lowered: false) })

    /// Whether a word reads as a verb in the past whose object follows (`shelled`, `struck`): a
    /// lowercase word in -ed, as the actor resolver reads a capital after it (`attacked Kyiv`).
    static func isPastVerb(_ t: EventToken) -> Bool {
        if pastsOfForce.contains(t.key) { return true }
        let w = t.form.utf8
        guard w.count > 4, let first = w.first, first >= 0x61, first <= 0x7A else { return false }
        return w.suffix(2).elementsEqual("ed".utf8)
    }

    /// Whether the word at `k` goes on a name or noun phrase that a place name before it only
    /// modifies: a capitalized word (`Geneva Accords`) or a lowercase word of no closed class
    /// and no adverb (`Geneva peace process`, not `Kherson overnight` or `Bakhmut after`).
    static func isNounAfterPlace(_ toks: [EventToken], _ k: Int) -> Bool {
        guard k < toks.count else { return false }
        let t = toks[k]
        if t.isCapitalized { return t.is(.alphabetic) }
        let closed: TokenClass = [.determiner, .preposition, .subordinator, .relative, .conjunction, .pronoun,
                                  .negation, .auxiliary, .adverb]
        return t.is(.alphabetic) && !t.is(closed) && t.lower != "overnight"
    }

    static func withPlaces(_ s: EventSentence, _ lookup: (String) -> (String, String?)?) -> [ActorSpan] {
        var actors = s.actors
        let toks = s.tokens
        var i = 0
        while i < toks.count - 1 {
            defer { i += 1 }
            // A capitalized word (or `the` and one) must follow: most words are ruled out here.
            var j = i + 1
            if toks[j].isWord(.the), j + 1 < toks.count { j += 1 }
            // ("at a Moscow airport", "in a Tehran prison": a town before the noun of a place
            // after an indefinite article is where it is)
            let indefinite = (toks[j].isWord(.a) || toks[j].isWord(.an)) && j + 1 < toks.count
            if indefinite { j += 1 }
            guard toks[j].isCapitalized else { continue }
            // (or "of" after a place noun: "the city of Kherson", "the outskirts of Kharkiv")
            let afterCue = Self.placeCues.contains(toks[i].key)
                || (toks[i].isWord(.of) && i > 0 && Self.placeNouns.contains(toks[i - 1].lower))
            guard afterCue || (j == i + 1 && Self.isPastVerb(toks[i])),
                  !actors.contains(where: { $0.start < toks[j].end && $0.end > toks[j].start }) else { continue }
            // The longest capitalized run (up to four words) the gazetteer knows.
            var end = j
            while end + 1 < toks.count, end - j < 3, toks[end + 1].isCapitalized,
                  !actors.contains(where: { $0.start < toks[end + 1].end && $0.end > toks[end + 1].start }) { end += 1 }
            while end >= j {
                let name = toks[j...end].map(\.form).joined(separator: " ")
                // After a verb the town is its object, not a modifier of a name or noun that
                // follows ("had long backed Geneva mediation efforts", "welcomed Geneva Accords talks");
                // so is one after "the" ("withdrew from the Rome Statute", "under the Minsk agreements").
                if let (canonical, country) = lookup(name), country != nil,
                   (afterCue && (j == i + 1 || indefinite)) || !Self.isNounAfterPlace(toks, end + 1) {
                    actors.append(ActorSpan(text: name, start: toks[j].start, end: toks[end].end, country: country,
                                            name: canonical, isPlace: true))
                    i = end
                    break
                }
                end -= 1
            }
        }
        return actors.count == s.actors.count ? actors : actors.sorted { $0.start < $1.start }
    }

    /// The offset where a sentence's background begins: the words after "followed" or "came
    /// after" ("It followed talks … on July 15"), or what a speaker notes or recalls ("He noted
    /// that Türkiye's parliament approved Finland's membership on March 30"); the sentence's end
    /// when it has none.
    static func backgroundStart(_ s: EventSentence) -> Int {
        let t = s.tokens
        for k in t.indices {
            let w = t[k].lower
            if w == "followed" || w == "follows" { return t[k].end }
            if w == "came" || w == "comes", k + 1 < t.count, t[k + 1].lower == "after" { return t[k + 1].end }
            // (a verb, not "a noted economist"; what is recalled after "that", not an envoy:
            // "recalled its ambassador on Tuesday")
            // (only words in n- or r- are hashed: this runs at every token of every sentence)
            if let c = w.utf8.first, c == 0x6E || c == 0x72, notingVerbs.contains(w) || recallingVerbs.contains(w),
               k > 0, !t[k - 1].is(.determiner), k + 1 < t.count,
               !t[k + 1].is(.preposition), notingVerbs.contains(w) || t[k + 1].isWord(.that) {
                return t[k].end
            }
        }
        return s.end
    }

    /// Verbs that bring up something earlier as background: what they introduce moves no clock.
    static let notingVerbs: Set<String> = ["noted", "notes", "noting"]
    /// The same after "that" only ("recalled that …"; "recalled its ambassador" is an act).
    static let recallingVerbs: Set<String> = ["recalled", "recalls", "recalling"]

    /// Whether a time is told from the publication date without naming a month or a year
    /// ("today", "on Sunday", "earlier this month", "last week").
    static func isDeictic(_ t: TimeSpan) -> Bool {
        t.record?.anchor == "publication" && isMonthOrDay(t.value) && !namesMonth(t) && !writesItsYear(t)
    }

    /// Whether the clause of `t` is told in the pluperfect ("the exercise that the two
    /// countries had begun last Friday", or after an opening day: ``pluperfectAfter(_:in:isPast:)``):
    /// a look back that moves no clock.
    static func pluperfectBefore(_ t: TimeSpan, in s: EventSentence, isPast: (String) -> Bool) -> Bool {
        guard let k = s.tokens.firstIndex(where: { $0.start >= t.start }) else { return false }
        var j = k - 1
        // (ten words: "a sixth had been due to take place in Muscat on Sunday")
        while j >= 0, k - j <= 10 {
            let w = s.tokens[j]
            if w.isPunctuation { return pluperfectAfter(t, in: s, isPast: isPast) }
            if w.lower == "had", j + 1 < k { return true }
            j -= 1
        }
        return pluperfectAfter(t, in: s, isPast: isPast)
    }

    /// Whether a time that opens the sentence before a comma dates a clause told in the
    /// pluperfect ("On Sunday, he and Blinken had met the Japanese ministers"): a look back.
    static func pluperfectAfter(_ t: TimeSpan, in s: EventSentence, isPast: (String) -> Bool) -> Bool {
        guard let k = s.tokens.firstIndex(where: { $0.start >= t.end }), k < s.tokens.count, s.tokens[k].isWord(.comma),
              let first = s.tokens.firstIndex(where: { $0.start >= t.start }), first <= 1,
              first == 0 || s.tokens[0].is(.preposition) else { return false }
        var j = k + 1
        while j + 1 < s.tokens.count, j <= k + 8 {
            let w = s.tokens[j]
            if w.isPunctuation { return false }
            if w.lower == "had" { return isPast(s.tokens[j + 1].lower) || s.tokens[j + 1].is(.endsED) }
            j += 1
        }
        return false
    }

    /// Roots of what a pair says together of a third party, each of the two toward it ("The
    /// two leaders urged Pakistan to …", "The leaders denounced North Korea's provocations").
    static let jointWordRoots: Set<String> = ["02", "05", "10", "11", "12", "13"]

    /// Codes sentences that already carry their actors and times.
    public func code(_ document: Document, sentences: [EventSentence]) -> (CodedDocument, [EventExplanation]) {
        var events: [EventRecord] = []
        var explanations: [EventExplanation] = []
        var clock: (TimeSpan, Int)?   // the narrative clock and the sentence that set it
        var seen = Set<String>()
        // The last two different countries coded meeting or agreeing, for "the two leaders".
        var lastPair: (a: ActorSpan, b: ActorSpan, sentence: Int)?
        // Whether ``lastPair`` is the two countries a headline named together.
        var titlePair = false
        /// The story's pair from now on, named by the text's acts (not by a headline).
        func setPair(_ pair: (a: ActorSpan, b: ActorSpan, sentence: Int)) {
            lastPair = pair
            titlePair = false
        }
        // The last day or month written with its year ("On June 29, 2020"), and the sentence that
        // wrote it: where a review's narrative is.
        var narrativeDay: (day: CalendarDay, sentence: Int)?
        // The three or four countries of the last sentence whose acts of dealing named as many
        // ("travelled to Washington for a summit with Biden and Kishida"), for "the three leaders".
        var lastParties: (spans: [ActorSpan], sentence: Int)?
        // The last sentence that named one of ``lastPair``'s countries as an actor.
        var pairNamed = -1
        // The last visitor and host ("arrived in Asmara"), for "the two leaders" only.
        var visitPair: (a: ActorSpan, b: ActorSpan, sentence: Int)?
        // The targets of the events coded so far, for "X also condemned it".
        var recentTargets: [RecentTarget] = []
        // Asserted acts, with the lowercase word that told each (its lemmas are looked up only
        // when an anaphor needs them).
        var recentActs: [RecentAct] = []
        // The last sentence whose subject was the story's pair ("The two ministers …").
        var groupSentence = -2
        // The sentence that opened the chronology entry being read ("- July 23, 2022: …").
        var entry: Int?
        // A chronology whose entries open with a line that holds only their day ("July 17 ¶ In a
        // speech …, Saddam Hussein accuses Kuwait …"): such lines, when the text has three or more
        // of different days; an entry so opened runs over the lines below it to the next one.
        let headings = Self.dayHeadings(sentences, publication: document.publicationDate)
        var headingEntry = false
        // The first dispute between two countries coded in the sentence being read.
        var disputePair: (a: ActorSpan, b: ActorSpan, sentence: Int)?
        let lemmaCache = sentenceCoder.reader.lemmas.cache()
        // The subject of a list ("The Ministers:", "… met in Doha and:") and whether it holds.
        var opener: [ActorSpan] = []
        var previousSentence: EventSentence?
        // Whether the story's first dated act happened on the publication day (a news story of
        // today, not a review).
        var newsToday = false
        var clockParties: Set<String> = []
        // The day of the last meeting coded at each place ("sat down in San Francisco on November
        // 16"), for a later sentence that opens with that place and names no day.
        var placeDays: [String: (day: TimeSpan, parties: Set<String>)] = [:]
        var firstDated = true
        // The day each named person was last told speaking or acting on ("Zakharova said at a
        // briefing on Friday"), and the names that acted in the sentence that set the clock.
        var speakerDays: [String: TimeSpan] = [:]
        var clockNames: Set<String> = []
        // The first day the text names (the lead's event), for a list's entries labelled by
        // country ("Qatar: The foreign ministry condemned …"), which react to it.
        var leadDay: TimeSpan?
        // The document as the text being read sees it: below a date line the time tagger takes
        // for the text's "today" (a release's date on a page of reposted releases), that day is
        // the day its acts without a day of their own were told.
        var section = document
        for (position, var s) in sentences.enumerated() {
            // (a day other than the one before starts the story again from it: "Friday night" of
            // the release before is no clock for the next one's "This morning")
            if let today = s.times.last(where: \.setsToday), today.dateStart != section.publicationDate {
                section.publicationDate = today.dateStart
                clock = (today, s.index)
            }
            // (a sentence that opens inside a quotation, as ``Speakers`` followed it, or holds one)
            let quoted = s.quoted || s.tokens.contains { $0.is(.quote) }
            (s, opener, previousSentence) = Self.listSubject(s, opener: opener, previous: previousSentence, reader: sentenceCoder.reader)
            if headings.contains(s.index) {
                entry = s.index
                headingEntry = true
            } else if s.startsLine, !headingEntry || Self.opensEntry(s) {
                entry = Self.opensEntry(s) ? s.index : nil
                headingEntry = false
            }
            // ("International reactions … ¶ Malaysia: The prime minister condemned the killing …"):
            // an entry labelled by a country starts again from the lead's day; what it tells
            // with no day of its own is told of that day, not of the entry before.
            if s.startsLine, let lead = leadDay, Self.opensCountryLabel(s) { clock = (lead, s.index - 1) }
            if leadDay == nil { leadDay = s.times.first { $0.dateStart == $0.dateEnd && $0.value.utf8.count == 10 } }
            if let d = disputePair, lastPair.map({ $0.sentence < d.sentence - 5 }) ?? true || titlePair { setPair(d) }
            disputePair = nil
            // "Relations between Manila and Beijing went from bad to worse in 2024. In January the
            // two sides agreed …": two countries named by "between X and Y" are the story's pair
            // while no interaction of theirs or others has been coded.
            if lastPair.map({ $0.sentence < s.index - 5 }) ?? true || titlePair, let (a, b) = Self.namedPair(s) { setPair((a, b, s.index)) }
            // "Japan and North Korea in 2014: the Stockholm bargain" (a headline): two countries
            // that open one of the first lines together are the story's pair until an act is coded
            // or a sentence names the pair ("Relations between Manila and Beijing …")
            if lastPair == nil, s.index < 3, let (a, b) = Self.coordinatedPair(before: s.end, in: s),
               let first = s.tokens.first, first.start == a.start {
                lastPair = (a, b, s.index)
                titlePair = true
            }
            // A headline retells the article's main event without its date.
            if let title = document.title, s.index < 3, s.text.trimmingCharacters(in: .whitespacesAndNewlines) == title.trimmingCharacters(in: .whitespacesAndNewlines) {
                continue
            }
            // "In San Francisco, Kishida and Xi reaffirmed …": a sentence that opens with the place
            // of a meeting told before and names both its parties goes back to that meeting's day
            // (for its acts that name no day of their own).
            if s.tokens.count > 3, s.tokens[0].lower == "in",
               let place = s.actors.first(where: { $0.start == s.tokens[1].start }),
               let k = s.tokens.firstIndex(where: { $0.start >= place.end }), s.tokens[k].isWord(.comma),
               let met = placeDays[place.text],
               met.parties.isSubset(of: Set(s.actors.lazy.filter { !$0.isPlace }.compactMap(\.country))) {
                clock = (met.day, s.index - 1)
            }
            let reporters = Attribution.reporters(in: s)
            for (name, day) in Self.speakerDays(in: s, publication: section.publicationDate) { speakerDays[name] = day }
            var mainDay: TimeSpan?
            // (the month the sentence's first act, told by a verb, was dated by: "Talks resumed in
            // Kinshasa in April 2021")
            var mainMonth: TimeSpan?
            var nounDay: TimeSpan?
            var verbCoded = false
            // ("pressed both governments to de-escalate": an act aimed at a group is aimed at each
            // of its two parties, read a second time for the second)
            let raw = sentenceCoder.candidates(s, cache: lemmaCache)
            // ("met in Munich with Hayashi and Park, and the three ministers issued …": or the
            // parties the sentence's own dealing names before the group)
            let parties = Self.localParties(raw, s) ?? lastParties.flatMap { $0.sentence >= s.index - 5 ? $0.spans : nil }
            // ("the leaders" without a number: the last act's parties while no pair has dealt since)
            let bare = lastParties.map { $0.sentence > (lastPair?.sentence ?? -1) } ?? false
            let sentenceCandidates = raw.flatMap { c in
                if let members = Self.partyReads(c, s, parties: parties, bare: bare) { return members.map { ($0, false) } }
                // ("The two leaders condemned the launch": each of the pair reacts, read a second
                // time for the second; "the two leaders signed the declaration" is one act of both)
                // (so does a pair that appeals to, demands of, faults, rejects or threatens a third
                // party, each toward it: "The leaders denounced North Korea's provocations", "They
                // urged Pakistan to …")
                let root = String(c.code.prefix(2))
                let reacts = c.target == nil && !c.anaphor.isEmpty && !GroupReference.cooperativeRoots.contains(root)
                let actsOnThird = c.target.map { !s.actors[$0].isGroup } ?? false && Self.jointWordRoots.contains(root)
                let groupSubject = (reacts || actsOnThird)
                    && (s.actors[c.source].isGroup || GroupReference.bareGroups.contains(s.actors[c.source].text.lowercased()))
                if (c.target.map { s.actors[$0].isGroup } ?? false) || groupSubject { return [(c, false), (c, true)] }
                // ("Iran condemned the strikes" that the United States and Britain launched: each
                // author, the second on a second read)
                // (only disapproval, protest and cuts: a plan or a rejection of an idea named again
                // is mostly its first author's)
                if c.target == nil, !c.anaphor.isEmpty, !c.victimTarget, !s.actors[c.source].isGroup,
                   Self.coAuthorRoots.contains(root) {
                    var other = c
                    other.coAuthorRead = true
                    return [(c, false), (other, false)]
                }
                return [(c, false)]
            }
            // The countries that dealt with each other in this sentence, with their spans.
            var dealers: [ActorSpan] = []
            // The pair the sentence's first group was read as, for its other groups and second reads
            // ("spoke with the foreign ministers of both countries", "Iraq and Oman hosted talks
            // between the two rivals": the first read's meeting makes a new pair)
            var groupPair: (ActorSpan, ActorSpan)?
            var pending = sentenceCandidates[...]
            while let (found, second) = pending.popFirst() {
                // ("Mali broke off relations with Kyiv on 4 August; Niger did the same two days
                // later": the act told just before, by the new subject, read in its place)
                if found.code == EventPattern.sameAct {
                    pending = ArraySlice(Self.sameActs(found, s, recentTargets: recentTargets).map { ($0, false) }) + pending
                    continue
                }
                // "The two leaders met", "praised the courage of both sides": the pair the story
                // has just shown interacting (within the last five sentences).
                // (or up to eight while the sentence before still names one of them: "Kishida and
                // Yoon agreed … Hours before Yoon arrived, North Korea fired … The two leaders
                // condemned the launch")
                var story = lastPair.flatMap { $0.sentence >= s.index - 5 || $0.sentence >= s.index - 8 && pairNamed == s.index - 1 ? ($0.a, $0.b) : nil }
                var visited = visitPair.flatMap { $0.sentence >= s.index - 5 && $0.sentence > (lastPair?.sentence ?? -1) ? ($0.a, $0.b) : nil }
                if let pair = groupPair {
                    (story, visited) = (pair, nil)
                } else if s.actors[found.source].isGroup || found.target.map({ s.actors[$0].isGroup }) ?? false {
                    groupPair = visited ?? story
                }
                // ("hosted Mohamud and Abiy Ahmed in Ankara, where the two leaders signed …": two
                // names joined by "and" before the group in its own sentence are its pair)
                // (not a pair that holds the act's other party: "The United States and Saudi Arabia
                // pressed both governments" means the story's pair)
                if let g = [found.source, found.target].compactMap({ $0 }).first(where: { $0 < s.actors.count && s.actors[$0].isGroup }),
                   let local = Self.coordinatedPair(before: s.actors[g].start, in: s),
                   case let other = g == found.source ? found.target : found.source,
                   !(other.map { o in o < s.actors.count && [local.0.country, local.1.country].contains(s.actors[o].country) } ?? false) {
                    story = local
                    visited = nil
                }
                // "The two ministers exchanged views … They expressed serious concern over …": a
                // "they" opening the sentence after one whose subject was the pair is the pair.
                let resolved: EventCandidate?
                // ("In a joint declaration, they said …": or after an opening phrase and its comma)
                if found.resolvedSource != nil || found.resolvedTarget != nil, found.rule.hasSuffix("+group") {
                    resolved = found    // (one party of "the three leaders", read by ``partyReads``)
                } else if groupSentence == s.index - 1, story != nil, found.source < s.actors.count,
                   let k = s.tokens.firstIndex(where: { $0.start == s.actors[found.source].start }), s.tokens[k].isWord(.they),
                   k == 0 || s.tokens[k - 1].isWord(.comma) && s.tokens[0].is(.preposition)
                    && !s.tokens[..<k].dropLast().contains(where: { $0.isWord(.comma) }) {
                    var read = s
                    read.actors[found.source].isGroup = true
                    resolved = GroupReference.shipped.resolve(found, read, story: visited ?? story, second: second)
                } else {
                    resolved = GroupReference.shipped.resolve(found, s, story: visited ?? story, second: second)
                }
                guard var c = resolved else { continue }
                // (or a group subject in the sentence's own clause: "The two leaders, meeting in Hanoi,
                // agreed …")
                if c.rule.hasSuffix("+group"), s.actors[found.source].start == s.tokens.first?.start
                    || s.actors[found.source].isGroup && !c.rule.contains("+inherited") && !c.rule.contains("+reported") { groupSentence = s.index }
                let sourceSpan = c.resolvedSource ?? s.actors[c.source]
                c = resolutionTarget(c, source: sourceSpan, in: s, next: position + 1 < sentences.count ? sentences[position + 1] : nil)
                c = addressed(c, source: sourceSpan, in: s, recentActs: recentActs, recentTargets: recentTargets, story: story)
                if c.coAuthorRead && c.resolvedTarget == nil { continue }

                // ("Zakharova said at a briefing on Friday … Kallas said on Tuesday that … ¶ Speaking
                // about Latvia, Zakharova condemned …": words with no day of their own of a speaker
                // told speaking on the publication day were said that day, not on the earlier day
                // another one was told on)
                var recordClock = clock
                if let name = sourceSpan.personName, let day = speakerDays[name], day.dateStart == section.publicationDate,
                   let (now, _) = clock, now.dateEnd < day.dateStart,
                   !clockNames.contains(name), Self.reactionDayRoots.contains(String(c.code.prefix(2))) || c.code.hasPrefix("03") {
                    recordClock = (day, s.index - 1)
                }
                // ("5. We called on the Myanmar military authorities to refrain …" in a communiqué
                // whose paragraph before told of executions in July: what the document's own voice
                // says, outside quotations, with no day of its own, it says on the publication day)
                if let pub = section.publicationDate, Speakers.firstPerson.contains(sourceSpan.text.lowercased()),
                   !quoted, let (now, _) = recordClock, now.dateEnd < pub,
                   Self.reactionDayRoots.contains(String(c.code.prefix(2))) {
                    recordClock = (TimeSpan.day(pub, at: s.start), s.index - 1)
                }
                guard var (record, why) = record(c, s, section, reporters: reporters, clock: recordClock,
                                                 clockParagraph: clock.map { sentences[$0.1].paragraph } ?? -1,
                                                 narrativeDay: narrativeDay.flatMap { $0.sentence >= s.index - 8 ? $0.day : nil },
                                                 inEntry: entry.map { e in (!s.startsLine || headingEntry) && s.index > e && (clock?.1 ?? -1) >= e } ?? false,
                                                 newsToday: newsToday, clockParties: clockParties)
                else { continue }
                // ("… struck more than 60 targets early today. … And on Wednesday, the Council
                // passed a resolution. ¶ Iran's Foreign Ministry condemned the strikes."): an answer
                // with no day of its own to an act of the text's today is told that day, not on
                // the day of a background told in between. (Only today's: an act retold later, "in
                // December Katz admitted the killing", may carry the day it was retold.)
                if let day = c.answeredDay, day == section.publicationDate, record.dateBasis != .explicit,
                   record.mode == .asserted, let start = record.dateStart, start < day {
                    (record.date, record.dateStart, record.dateEnd) = (day.description, day, day)
                }
                // ("agreed in February to give American forces access … Beijing criticized that
                // agreement": an agreement to act is an act to answer too)
                if record.mode == .asserted || record.mode == .intended {
                    recentActs.append((s.index, record.root, sourceSpan, s.tokens[c.trigger.lowerBound].lower, record.dateStart))
                    // ("launched air and missile strikes …; Iran condemned the strikes": the act's
                    // noun right after its verb names it too)
                    if (Int(record.root) ?? 0) >= 13, let noun = actNoun(after: c.trigger.upperBound, in: s) {
                        recentActs.append((s.index, record.root, sourceSpan, noun, record.dateStart))
                    }
                    // (a formal agreement's other signatory is its author too: "Israel and the UAE
                    // signed a peace treaty … Palestinian leaders condemned the signing")
                    if record.cameo == "057", let t = c.target.map({ s.actors[$0] }) ?? c.resolvedTarget, !t.isPlace {
                        recentActs.append((s.index, record.root, t, s.tokens[c.trigger.lowerBound].lower, record.dateStart))
                    }
                    // Who claims an attack is its author: "X claimed responsibility for the bombing".
                    if record.cameo == "015" { recentActs.append((s.index, "18", sourceSpan, "", record.dateStart)) }
                }
                if !statesUntil.isEmpty, let day = record.dateStart,
                   [record.source.country, record.target?.country].contains(where: { c in
                       c.flatMap { statesUntil[$0] }.map { day.dayNumber - $0.dayNumber > 365 } ?? false }) { continue }
                // An actor acting on itself ("the ambassador warned that Washington would …" read
                // with Washington as the target) is a misreading, not an interaction.
                // (A call for one's own citizen's release is readdressed below, by ``addCounterparts``.)
                if let own = record.source.code, record.target?.code == own, !Self.asksForOwnRelease(record) { continue }
                // ("Sugiono said Indonesia attaches great importance …": the country itself, named
                // without a sector, is its government's own side too, in words; force used at home
                // is still an event)
                if let own = record.source.country, record.target?.country == own, own != "IGO", own != "NGO",
                   record.source.sector == nil || record.target?.sector == nil, (Int(record.root) ?? 99) <= 14,
                   !Self.asksForOwnRelease(record) { continue }
                // ("launched more than 300 drones and missiles at Israel, the first direct attack on
                // Israeli territory by Iran": a force noun with no target of its own, in a sentence
                // whose verb told its author's force, retells that act)
                if record.target == nil, why.rule.hasPrefix("noun"), Self.forceRoots.contains(record.root),
                   events.contains(where: { $0.sentenceIndex == s.index && $0.source.country == record.source.country
                       && $0.target != nil && Self.forceRoots.contains($0.root) }) { continue }
                // ("summoned Cheng to protest against what it called coercion": a verbal act of a
                // sentence told again without its party, the same act of the same side, adds
                // nothing; told first without it, it gives way to the one that names the party)
                // (only the sentence's own records are looked at, from the end)
                if (Int(record.root) ?? 99) <= 14, let own = record.source.country,
                   let first = events.indices.reversed().prefix(while: { events[$0].sentenceIndex == s.index }).last {
                    let same = { (e: EventRecord) in e.source.country == own && e.cameo == record.cameo }
                    let sentence = events[first...]
                    if record.target == nil, sentence.contains(where: { same($0) && $0.target != nil }) { continue }
                    if record.target != nil, let k = sentence.lastIndex(where: { same($0) && $0.target == nil }) {
                        events.remove(at: k)
                        explanations.remove(at: k)
                    }
                }
                // One record per interaction: a later sentence retelling the same act on the same
                // dates (between the same countries) adds nothing.
                if let key = Self.interactionKey(of: record), let a = record.source.country, let b = record.target?.country {
                    if !seen.insert(key).inserted {
                        // ("The two sides also exchanged views …" after their talks: the pair is
                        // still the story's, for "the two ministers" further on)
                        if let pair = lastPair, Set([pair.a.country, pair.b.country]) == Set([a, b]) { lastPair?.sentence = s.index }
                        continue
                    }
                }
                events.append(record)
                explanations.append(why)
                if record.root == "04", record.dateBasis == .explicit, let place = record.location?.text,
                   let day = record.dateStart, day == record.dateEnd, let a = record.source.country, let b = record.target?.country {
                    placeDays[place] = (TimeSpan.day(day, at: s.start), [a, b])
                }
                if let name = sourceSpan.personName, record.dateBasis == .explicit, let day = record.dateStart, day == record.dateEnd {
                    speakerDays[name] = TimeSpan.day(day, at: s.start)
                }
                if firstDated, record.dateBasis == .explicit {
                    firstDated = false
                    newsToday = record.dateStart != nil && record.dateStart == section.publicationDate
                }
                // "On July 9 and again on July 13, North Korea fired missiles": an act told on two
                // days joined by "and" happened on each.
                if let d = why.date, record.dateBasis == .explicit, record.mode == .asserted {
                    let clause = s.tokens[c.clause.lowerBound].start...s.tokens[c.clause.upperBound].end
                    let own = events.count - 1
                    for t in Self.coordinatedDays(with: d, in: s, clause: clause) where document.publicationDate.map({ t.dateEnd <= $0 }) ?? true {
                        // ("met Milosevic in Belgrade on Monday and Tuesday": talks on two days in a
                        // row are one meeting that spans both; not "on Monday and again yesterday")
                        if record.root == "04", let first = events[own].dateStart, let last = events[own].dateEnd,
                           !s.tokens.contains(where: { $0.lower == "again" && $0.start >= min(d[0], t.start) && $0.end <= max(d[1], t.end) }),
                           t.dateStart.dayNumber == last.dayNumber + 1 || t.dateEnd.dayNumber + 1 == first.dayNumber {
                            let (a, b) = (min(first, t.dateStart), max(last, t.dateEnd))
                            (events[own].date, events[own].dateStart, events[own].dateEnd) = ("\(a)/\(b)", a, b)
                            continue
                        }
                        var again = record
                        (again.date, again.dateStart, again.dateEnd) = (t.value, t.dateStart, t.dateEnd)
                        again.id = Self.stableID([record.id, t.value])
                        if let key = Self.interactionKey(of: again), !seen.insert(key).inserted { continue }
                        var whyAgain = why
                        whyAgain.event = again.id
                        whyAgain.date = [t.start, t.end]
                        events.append(again)
                        explanations.append(whyAgain)
                    }
                }
                if why.rule.hasPrefix("verb") { verbCoded = true }
                if mainMonth == nil, record.mode == .asserted, record.dateBasis == .explicit, record.date?.utf8.count == 7,
                   why.rule.hasPrefix("verb"), events.dropLast().last?.sentenceIndex != s.index {
                    // (said right after a verb or a name, not after a noun it may date: "blamed
                    // Washington for the failure of the summit in February" looks back; nor in a
                    // clause of time or reason: "since they agreed in June")
                    if let t = s.times.first(where: { $0.value == record.date }),
                       let k = s.tokens.firstIndex(where: { $0.start >= t.start }), k >= 2, s.tokens[k - 1].is(.preposition),
                       !s.tokens[..<k].contains(where: { $0.is(.subordinator) }),
                       k - 2 == c.trigger.upperBound || s.tokens[k - 2].isCapitalized && s.tokens[k - 2].is(.alphabetic)
                        || Self.isPastVerb(s.tokens[k - 2])
                        // (or right after the trigger's own object: "applied to join the alliance in May 2022")
                        || k - 4 == c.trigger.upperBound && s.tokens[k - 3].is(.determiner) && s.tokens[k - 2].is(.alphabetic) {
                        mainMonth = t
                    }
                }
                if mainDay == nil, record.mode == .asserted, let day = record.dateStart, record.dateEnd == day {
                    if record.dateBasis == .explicit {
                        // ("Welcomed the steps enabled by the joint declaration of February 29": a
                        // noun's own day moves the story only when no verb told an act)
                        // ("On January 1, Ethiopia signed …" in December: the day a year back that
                        // the record took, not the coming one the tagger chose)
                        let day = s.times.first { $0.value == record.date && $0.dateStart == record.dateStart }
                            ?? document.publicationDate.flatMap { p in
                                s.times.lazy.map { Self.yearEarlierIfAhead($0, of: p) }.first { $0.value == record.date && $0.dateStart == record.dateStart }
                            }
                        if why.rule.hasPrefix("noun") { nounDay = nounDay ?? day } else { mainDay = day }
                    }
                    // "The talks came four days after North Korea tested a missile": the story goes
                    // on from the day of the test.
                    if why.rule.hasSuffix("+offset") {
                        mainDay = TimeSpan.day(day, at: s.start)
                    }
                }
                if let target = c.target.map({ s.actors[$0] }) ?? c.resolvedTarget, target.country != nil {
                    recentTargets.append((s.index, record.cameo, target, sourceSpan, record.mode == .asserted))
                }
                // (a meeting, talks, a visit, an agreement or material cooperation such as a border
                // reopened: the two who dealt with each other,
                // not a third party's reaction to them)
                // (or a fight between them: "troops exchanged fire …; the Secretary-General urged
                // both countries to exercise restraint")
                if record.root == "04" || record.root == "06" || record.cameo == "057" || record.root == "03"
                    || (record.mode == .asserted && Self.forceRoots.contains(record.root)),
                   let target = c.target.map({ s.actors[$0] }) ?? c.resolvedTarget, let a = sourceSpan.country,
                   let b = target.country, a != b {
                    // (a visit's place names its host, a pair for "the two leaders" only:
                    // "arrived in Asmara for a summit")
                    // (one act of three or more parties is no pair's: "Yoon, Kishida and Biden pledged
                    // to consult one another" leaves the pair its first two)
                    let parties = Set(sentenceCandidates.lazy.filter { $0.0.trigger == c.trigger }
                        .flatMap { (r, _) in [(r.resolvedSource ?? s.actors[r.source]).country, (r.resolvedTarget ?? r.target.map { s.actors[$0] })?.country] }
                        .compactMap { $0 })
                    // (an intention does not take over a current pair: "Trump said he would like to
                    // meet Chairman Kim. The two leaders agreed …" are still Lee and Trump)
                    let intention = record.root == "03" && lastPair.map { $0.sentence >= s.index - 5 } ?? false
                    // (nor does force a noun names as the topic of the sentence's own dealing: "spoke
                    // with Chancellor Merkel to consult on Russia's military intervention in Ukraine")
                    let topic = Self.forceRoots.contains(record.root) && why.rule.hasPrefix("noun") && lastPair?.sentence == s.index
                    if !target.isPlace, parties.count <= 2, !intention, !topic { setPair((sourceSpan, target, s.index)) }
                    // (though one of the current pair keeps it current)
                    else if intention, let pair = lastPair, Set([pair.a.country, pair.b.country]) == Set([a, b]) { lastPair?.sentence = s.index }
                    else if record.cameo == "042" { visitPair = (sourceSpan, target, s.index) }
                    if !Self.forceRoots.contains(record.root) {
                        for p in [sourceSpan, target] where !dealers.contains(where: { $0.country == p.country }) { dealers.append(p) }
                    }
                } else if record.mode == .asserted, Self.disputeRoots.contains(record.root),
                          let target = c.target.map({ s.actors[$0] }) ?? c.resolvedTarget,
                          let a = sourceSpan.country, let b = target.country {
                    // ("Armenia and Azerbaijan traded accusations … Each side accused the other":
                    // a dispute both sides carry on against each other is the story's pair now, as
                    // a meeting would be)
                    // (two countries, neither an organization, nor one party of a group's act: "The
                    // three countries condemned …")
                    let twoCountries = !target.isPlace && a != b && a != "IGO" && b != "IGO" && !c.rule.hasSuffix("+group")
                    if c.mutual, twoCountries {
                        setPair((sourceSpan, target, s.index))
                    } else if lastPair.map({ $0.sentence < s.index - 5 }) ?? true {
                        // ("South Korea summoned a Japanese diplomat … The two countries held talks a
                        // week earlier": while no dealing is current, a dispute between two countries
                        // names the pair too, for the sentences after this one; a threat or a show of
                        // force by one side does not: "Armenia threatened Azerbaijan … The
                        // Secretary-General urged both countries …" is left unread)
                        if twoCountries {
                            disputePair = disputePair ?? (sourceSpan, target, s.index)
                        }
                    } else if let pair = lastPair, Set([pair.a.country, pair.b.country]) == Set([a, b]) {
                        // ("Indian and Chinese soldiers fought … India banned 59 Chinese apps": a
                        // dispute between the current pair keeps it current)
                        lastPair?.sentence = s.index
                    }
                }
            }
            if dealers.count >= 3 { lastParties = (dealers, s.index) }
            if let pair = lastPair, s.actors.contains(where: { $0.end > $0.start && !$0.isPlace && ($0.country == pair.a.country || $0.country == pair.b.country) }) {
                pairNamed = s.index
            }
            // (a look back in an aside names no review's year: "contacts, which Beijing had cut off
            // after Pelosi visited Taiwan in August 2022. On Nov. 21, …" in December 2023)
            if let day = s.times.last(where: { Self.writesItsYear($0) && !Self.insideRelativeAside($0, in: s) })?.dateStart {
                narrativeDay = (day, s.index)
            } else if s.times.contains(where: Self.isDeictic) {
                // ("who last met in Madrid in June 2022 … the extension earlier this month … approved
                // Finland's membership on March 30": a time told from the publication date brings
                // the story back to the present; the year last written no longer frames its days)
                narrativeDay = nil
            }
            // The narrative clock: the last day a sentence named (``record`` decides which later
            // acts it dates). A day still to come ("he would meet Kim on June 12") is no clock.
            // The day of the sentence's first dated act comes first: in "fired a missile early on
            // Friday, its first launch since the council tightened sanctions on Monday" the story
            // goes on from Friday.
            // A day that qualifies a noun ("Reaffirming the Panmunjom Declaration of April 27")
            // names when that thing came about; the story does not go on from it, unless it dated
            // one of the sentence's acts ("the declaration of February 29 was signed …").
            // What a sentence says an act followed is background ("It followed talks at Panmunjom
            // on July 15"): the story does not go back to it.
            if mainDay == nil, !verbCoded { mainDay = nounDay }
            // ("The launch came four days after the council adopted Resolution 2375. North Korea
            // had warned …": a sentence that codes no act but sets the story's act that many days
            // after another goes back to that other day, as a coded one does)
            if mainDay == nil, !verbCoded, nounDay == nil, let (now, _) = clock, now.dateStart == now.dateEnd,
               let days = Self.cameDaysAfter(in: s) {
                let day = now.dateStart.adding(days: -days)
                mainDay = TimeSpan.day(day, at: s.start)
            }
            if GroupReference.shipped.opensWithGroup(s) { groupSentence = s.index }
            // ("Kishida and Xi met in San Francisco. They reaffirmed …": so does a sentence whose
            // subject is the two parties of the meeting or agreement it tells, joined by "and")
            if let e = events.last(where: { $0.sentenceIndex == s.index && ["03", "04", "05", "06"].contains($0.root) }),
               let a = e.source.country, let b = e.target?.country, a != b, Self.opensWithPair(s, a, b) { groupSentence = s.index }
            let background = Self.backgroundStart(s)
            // (nor does a look back in the pluperfect: "the drills the two had begun last Friday")
            // (nor does the start of a state: "Bazoum, who has been detained since the coup on July 26")
            // (a day the record moved a year back counts as moved)
            // (nor does a relative aside: "the drills, which began on Monday, pushed …")
            // (nor an opening day of another clause in the pluperfect: "On Sunday, the two had met")
            let isPast = sentenceCoder.reader.lemmatizer.isPast
            let times = mainDay.map { main in s.times.map { $0.start == main.start && $0.end == main.end ? main : $0 } } ?? s.times
            let told = times.filter { t in
                (document.publicationDate.map { t.dateEnd <= $0 } ?? true) && t.start < background && !t.datesOwnClauseOnly
                    && (t == mainDay || !Self.insideRelativeAside(t, in: s) && !Self.insideExample(t, in: s) && !Self.afterSince(t, in: s))
                    && (t == mainDay || !Self.isAttributive(t, in: s) && !Self.pluperfectBefore(t, in: s, isPast: isPast))
                    // ("keep the state of emergency it declared on Wednesday limited": a day of a
                    // relative clause without its relative word dates that clause, not the story)
                    && (t == mainDay || !Self.zeroRelativeBefore(t, in: s, pronounOnly: true, isPast: isPast))
            }
            // (a zero-width main day is one an "N days after" clause computed; no expression names it)
            if let main = mainDay, main.dateStart == main.dateEnd, main.end == main.start || main.start < background,
               told.contains(main) || (main.end == main.start && document.publicationDate.map { main.dateEnd <= $0 } ?? true) {
                clock = (main, s.index)
            } else if !verbCoded, let open = told.first, open.dateStart == open.dateEnd, Self.opensSentence(open, s) {
                // ("On 4 August, Islamabad announced that the card holders would have to go, and
                // set 1 September as the deadline. UNHCR urged Pakistan the next day …": a day that
                // opens a sentence whose act went uncoded is where the story is; a later day in it
                // is a deadline, a plan or a look back)
                clock = (open, s.index)
            } else if let last = told.last, last.dateStart == last.dateEnd
                        // (so does a month that opens the sentence: "In January, Estonia downgraded
                        // its relations with Russia. Moscow retaliated by expelling …"; one later in
                        // a sentence is mostly a look back: "since the summit in February")
                        // (and a year: "In 2022 Turkish jets entered Greek airspace … Athens
                        // protested each violation")
                        || ((last.value.utf8.count == 7 || last.value.utf8.count == 4) && (Self.opensSentence(last, s) || Self.tellsWhen(last, s)))
                        // (and a month written with its year in a sentence that told no act: "The
                        // earthquake in southern Turkey in February 2023 changed the tone. Greece sent
                        // rescue teams within hours")
                        // (or a month past the clock's day in a sentence that told no act: "In January 2020
                        // the three governments met in Washington … Ethiopia skipped the final round
                        // in late February. Cairo accused Addis Ababa of bad faith")
                        || (last.value.utf8.count == 7 && !verbCoded
                            && (Self.writesItsYear(last) || clock.map { last.dateStart > $0.0.dateEnd } ?? false)) {
                clock = (last, s.index)
            } else if let month = mainMonth, told.contains(month) {
                // (and the month that dated the sentence's act: "Talks resumed in Kinshasa in April
                // 2021 and collapsed after two days. Sudan proposed a quartet …")
                clock = (month, s.index)
            } else if !told.isEmpty, !(clock.map { now in told.allSatisfy { $0.dateEnd < now.0.dateStart } } ?? false) {
                // A month or a year stops the clock, unless it lies wholly before the clock's day
                // (a look back: "at the summit in February" in a story told on April 25).
                clock = nil
            }
            // (a chronology's entry is told on its day, whatever else its first sentence names:
            // "June 11 -- Pakistan announces a moratorium, matching one New Delhi declared in May.
            // Sharif asks the United Nations …" is June 11's)
            if entry == s.index, let day = s.times.first, day.dateStart == day.dateEnd,
               document.publicationDate.map({ day.dateEnd <= $0 }) ?? true {
                clock = (day, s.index)
            }
            // (who acted in the sentence that set the clock: words said later by someone else
            // in a story of today were said today)
            if clock?.1 == s.index {
                clockParties = Set(events.reversed().prefix { $0.sentenceIndex == s.index }.flatMap { [$0.source.country, $0.target?.country] }.compactMap { $0 })
                clockNames = Set(s.actors.compactMap(\.personName))
            }
        }
        // Actor mentions per country, for calls for a release and meetings that name no other side.
        var mentions: [String: (count: Int, first: ActorRef)] = [:]
        if events.contains(where: { Self.asksForOwnRelease($0) || ($0.target == nil && Self.meetings.contains($0.cameo)) }) {
            for s in sentences {
                for a in s.actors where !a.isPlace {
                    guard let c = a.country else { continue }
                    if let seen = mentions[c] { mentions[c] = (seen.count + 1, seen.first); continue }
                    mentions[c] = (1, ActorRef(text: a.text, country: c, sector: a.sector, code: a.code, name: a.name))
                }
            }
        }
        // Officials named with a role but no country, by where their mentions start.
        var officials = Set<Int>()
        if events.contains(where: { $0.target.map { $0.country == nil && $0.name != nil } ?? false }) {
            for s in sentences {
                for a in s.actors where a.country == nil && a.record?.role != nil { officials.insert(a.start) }
            }
        }
        Self.dateLede(&events, sentences: sentences, publication: document.publicationDate,
                      isPast: sentenceCoder.reader.lemmatizer.isPast)
        Self.addCounterparts(&events, &explanations, seen: &seen, documentID: document.id, mentions: mentions, officials: officials)
        let records = sentences.map {
            SentenceRecord(index: $0.index, start: $0.start, end: $0.end, text: $0.text)
        }
        var actorRecords: [ActorMentionRecord] = []
        for s in sentences {
            for a in s.actors where a.end > a.start {
                actorRecords.append(a.record ?? ActorMentionRecord(
                    text: a.text, start: a.start, end: a.end, country: a.country, sector: a.sector, role: nil,
                    name: a.name, code: a.code, how: a.isPlace ? "dictionary" : "pronoun"))
            }
        }
        let timeRecords = sentences.flatMap { $0.times }.map {
            $0.record ?? TimeRecord(text: $0.text, start: $0.start, end: $0.end, type: "DATE", value: $0.value,
                                    mod: nil, anchor: nil)
        }
        return (CodedDocument(document: document, sentences: records, times: timeRecords, actors: actorRecords,
                              events: events, coderVersion: version), explanations)
    }

    /// The days by which a sentence that opens "The … came N days (or weeks) after" sets its
    /// subject after another act; nil for any other sentence.
    static func cameDaysAfter(in s: EventSentence) -> Int? {
        guard s.tokens.count > 6, s.tokens[0].isWord(.the),
              let k = s.tokens.prefix(5).firstIndex(where: { $0.lower == "came" }), k + 3 < s.tokens.count,
              s.tokens[k + 3].lower == "after", let (days, unit) = length(before: k + 3, in: s), unit == "d", days < 100
        else { return nil }
        return days
    }

    /// The two countries a sentence names as "between X and Y", if any.
    static func namedPair(_ s: EventSentence) -> (ActorSpan, ActorSpan)? {
        for t in s.tokens where t.lower == "between" {
            guard let a = s.actors.first(where: { $0.start >= t.end && $0.start <= t.end + 5 }), let ca = a.country,
                  let and = s.tokens.first(where: { $0.start >= a.end }), and.lower == "and",
                  let b = s.actors.first(where: { $0.start >= and.end && $0.start <= and.end + 5 }), let cb = b.country,
                  ca != cb, ca != "IGO", cb != "IGO", ca != "NGO", cb != "NGO" else { continue }
            return (a, b)
        }
        return nil
    }

    /// Roots of disputes that name or keep the story's pair: demands, disapproval, rejection,
    /// cuts in relations, coercion.
    static let disputeRoots: Set<String> = ["10", "11", "12", "16", "17"]

    /// Roots of force: fights, assaults and mass violence.
    static let forceRoots: Set<String> = ["18", "19", "20"]

    /// Roots of reactions aimed at each author of the act they name again.
    static let coAuthorRoots: Set<String> = ["11", "14", "16"]

    /// The three or four countries a sentence's own acts of dealing name before a group phrase
    /// of as many ("the Secretary met with Hayashi and Park, and the three ministers …"), or nil.
    static func localParties(_ candidates: [EventCandidate], _ s: EventSentence) -> [ActorSpan]? {
        guard let group = candidates.lazy.map({ s.actors[$0.source] }).first(where: { $0.isGroup && GroupReference.size(of: $0) > 2 })
        else { return nil }
        var parties: [ActorSpan] = []
        for c in candidates where GroupReference.cooperativeRoots.contains(String(c.code.prefix(2))) {
            guard let t = c.target, !s.actors[c.source].isGroup, !s.actors[t].isGroup, !s.actors[t].isPlace,
                  s.actors[t].end <= group.start else { continue }
            for p in [s.actors[c.source], s.actors[t]] where p.country != nil && !parties.contains(where: { $0.country == p.country }) {
                parties.append(p)
            }
        }
        return parties.count == GroupReference.size(of: group) ? parties : nil
    }

    /// Two actors of different countries joined by a bare "and" before `offset` in the sentence
    /// (the last such pair): whom a group phrase after them means ("hosted Mohamud and Abiy
    /// Ahmed in Ankara, where the two leaders signed …").
    static func coordinatedPair(before offset: Int, in s: EventSentence) -> (ActorSpan, ActorSpan)? {
        var best: (ActorSpan, ActorSpan)?
        for i in s.actors.indices.dropLast() {
            let (a, b) = (s.actors[i], s.actors[i + 1])
            guard b.end <= offset, !a.isGroup, !b.isGroup, !a.isPlace, !b.isPlace,
                  let ca = a.country, let cb = b.country, ca != cb else { continue }
            // (one word between them, "and")
            guard let k = s.tokens.firstIndex(where: { $0.start >= a.end }), k + 1 < s.tokens.count,
                  s.tokens[k].isWord(.and), s.tokens[k].end <= b.start, s.tokens[k + 1].start >= b.start else { continue }
            // (not the end of a longer list: "The United States, China and Saudi Arabia urged both
            // sides" names no pair)
            if i > 0, let j = s.tokens.firstIndex(where: { $0.start >= s.actors[i - 1].end }), s.tokens[j].isWord(.comma),
               j + 1 < s.tokens.count, s.tokens[j + 1].start >= a.start { continue }
            best = (a, b)
        }
        return best
    }

    /// Whether a sentence opens a chronology's entry: a line that begins with a date (after a
    /// bullet) and a colon or dash ("- July 23, 2022: Russian missiles hit Odesa."). The
    /// entry's later sentences are told on its day in whatever tense ("Kyiv accuses Moscow …").
    static func opensEntry(_ s: EventSentence) -> Bool {
        guard let t = s.times.first, t.dateStart == t.dateEnd,
              let first = s.tokens.firstIndex(where: { $0.start >= t.start }),
              s.tokens[..<first].allSatisfy({ $0.isPunctuation }),
              let after = s.tokens.firstIndex(where: { $0.start >= t.end }) else { return false }
        let mark = s.tokens[after].form
        return mark == ":" || mark == "-" || mark == "--" || mark == "–" || mark == "—"
    }

    /// The sentences that are a chronology's day headings: lines that hold one day and nothing
    /// else but punctuation ("July 17", "August 2, 1990"), when three or more name days other
    /// than the publication's.
    static func dayHeadings(_ sentences: [EventSentence], publication: CalendarDay?) -> Set<Int> {
        var found: [(Int, CalendarDay)] = []
        for s in sentences where s.startsLine && s.times.count == 1 {
            let t = s.times[0]
            guard t.dateStart == t.dateEnd, s.tokens.allSatisfy({ $0.isPunctuation || $0.start >= t.start && $0.end <= t.end }) else { continue }
            found.append((s.index, t.dateStart))
        }
        // (two or three release days on a page of reposted statements are no chronology)
        guard Set(found.map(\.1)).subtracting(publication.map { [$0] } ?? []).count >= 3 else { return [] }
        return Set(found.map(\.0))
    }

    /// "The military governments of Burkina Faso, Mali and Niger have announced their immediate
    /// withdrawal from ECOWAS … ¶ In a joint communiqué read on state television on Sunday, the
    /// three juntas said …": a news lede's acts told in the present perfect with no day of their
    /// own happened on the day the next sentences tell them on, when that day lies in the week
    /// before the publication.
    static func dateLede(_ events: inout [EventRecord], sentences: [EventSentence], publication: CalendarDay?,
                         isPast: (String) -> Bool) {
        guard let pub = publication, let lede = events.first?.sentenceIndex, lede < 6,
              let position = sentences.firstIndex(where: { $0.index == lede }) else { return }
        let toks = sentences[position].tokens
        let perfect = toks.indices.dropLast().contains { k in
            (toks[k].isWord(.has) || toks[k].isWord(.have)) && (isPast(toks[k + 1].lower) || toks[k + 1].is(.endsED))
        }
        guard perfect,
              let day = sentences[(position + 1)...].prefix(3).lazy.flatMap(\.times).first(where: {
                  $0.dateStart == $0.dateEnd && $0.dateStart < pub && $0.dateStart.dayNumber >= pub.dayNumber - 7
              }) else { return }
        for k in events.indices where events[k].sentenceIndex == lede && events[k].dateBasis == .publication && events[k].mode == .asserted {
            events[k].date = day.value
            events[k].dateStart = day.dateStart
            events[k].dateEnd = day.dateEnd
            events[k].dateBasis = .narrative
        }
    }

    /// Whether the sentence opens with a country or organization and a colon: a list entry
    /// labelled by who acts ("Qatar: …", "European Union: …").
    static func opensCountryLabel(_ s: EventSentence) -> Bool {
        guard let first = s.tokens.first,
              let label = s.actors.first(where: { $0.start == first.start && $0.end > $0.start && $0.country != nil && $0.personName == nil }),
              let k = s.tokens.firstIndex(where: { $0.start >= label.end }), k <= 4 else { return false }
        return s.tokens[k].form == ":"
    }

    /// The other days of a sentence joined by "and" to the day at scalar offsets `span` ("On July
    /// 9 and again on July 13", "on March 3 and March 5"): only "and", "again", "on", "then" and
    /// commas stand between them, and both lie in the act's `clause` (scalar offsets) or open the
    /// sentence.
    static func coordinatedDays(with span: [Int], in s: EventSentence, clause: ClosedRange<Int>) -> [TimeSpan] {
        guard span.count == 2, let main = s.times.first(where: { $0.start == span[0] && $0.end == span[1] }),
              main.dateStart == main.dateEnd else { return [] }
        func joined(_ a: TimeSpan, _ b: TimeSpan) -> Bool {
            let between = s.tokens.filter { $0.start >= a.end && $0.end <= b.start }
            return between.contains { $0.isWord(.and) } && between.allSatisfy { t in
                t.isWord(.and) || t.isWord(.comma) || ["again", "on", "then"].contains(t.lower)
            }
        }
        func inClause(_ t: TimeSpan) -> Bool { clause.contains(t.start) && clause.contains(t.end) }
        // (the first two words: "July 9 and …", "On July 9 and …")
        let opening = s.tokens.count > 1 ? s.tokens[1].start : s.start
        return s.times.filter { t in
            guard t != main, t.dateStart == t.dateEnd, t.value.utf8.count == 10 else { return false }
            let (a, b) = t.end <= main.start ? (t, main) : (main, t)
            return joined(a, b) && (inClause(a) && inClause(b) || a.start <= opening)
        }
    }

    /// Whether a sentence tells when something happened: the time follows "came", "took place",
    /// "happened" or "occurred" within six words ("The first known contact came in July", "a
    /// second meeting took place in Ulan Bator in October").
    static func tellsWhen(_ t: TimeSpan, _ s: EventSentence) -> Bool {
        guard let k = s.tokens.firstIndex(where: { $0.start >= t.start }) else { return false }
        var j = k - 1
        while j >= 0, k - j <= 6, !s.tokens[j].isPunctuation {
            let w = s.tokens[j].lower
            if Self.happeningWords.contains(w) || w == "place" && j > 0 && ["took", "take", "takes"].contains(s.tokens[j - 1].lower) { return true }
            j -= 1
        }
        return false
    }

    /// Verbs that say an event happened (see ``tellsWhen(_:_:)``).
    static let happeningWords: Set<String> = ["came", "happened", "occurred"]

    /// Whether a time is the sentence's opening adverbial ("In January, …", "Last March, …"):
    /// at most two words before it, and a comma right after it (or an opening "In" before it).
    static func opensSentence(_ t: TimeSpan, _ s: EventSentence) -> Bool {
        guard let first = s.tokens.firstIndex(where: { $0.start >= t.start }), first <= 2,
              let after = s.tokens.firstIndex(where: { $0.start >= t.end }) else { return false }
        // ("In January the Biden administration persuaded …": or right after an opening "In")
        return s.tokens[after].isWord(.comma) || first == 1 && s.tokens[0].form == "In"
    }
}
