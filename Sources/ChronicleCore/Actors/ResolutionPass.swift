/// One run of the resolver over one text: segments the tokens into gazetteer matches and other
/// words, then reads phrases left to right (names, roles with their modifiers, capitals,
/// pronouns), emitting mentions and keeping the document's focus.
///
/// A class, not a struct: the pass is large (tokens, segments, the focus with its speakers),
/// and the helpers that read it would otherwise copy it at every call from a mutating method.
/// Everything but the mentions and the focus is fixed once the pass is built.
final class ResolutionPass {
    /// A gazetteer match (`items` not empty) or a single other token.
    struct Segment {
        var start: Int
        var end: Int
        var items: LexItems
    }

    let lexicon: ActorLexicon
    let bytes: [UInt8]
    let tokens: [ActorToken]
    let day: CalendarDay?
    /// The country the publisher speaks for (``ActorResolver/homeCountry(ofSource:)``).
    let home: String?
    let segments: [Segment]
    /// Segment index of every token.
    let segmentOf: [Int]
    /// Whether the token's line is written in title case (a headline).
    let titleCase: [Bool]
    /// The 0-based line of every token.
    let lineIndex: [Int]
    let mentionsKorea: Bool

    // A pass runs on one thread and never lends a property out while it changes it, so the
    // run-time exclusivity checks (a call at every access) are left out here and in
    // ``DocumentFocus``.
    @exclusivity(unchecked) var mentions: [ActorMention] = []
    let focus = DocumentFocus()
    /// ``countryPositions(_:lexicon:)``, found when a surname first needs it.
    lazy var countryPositions: [String: [Int]] = Self.countryPositions(segments, lexicon: lexicon)
    /// The country of a dateline in capitals opening the text (``datelineCapital()``), looked up
    /// once per document.
    lazy var datelineCapitalCountry: String? = datelineCapital()
    /// The country of the dateline's town, written as a name (`Seoul, June 12`) or in capitals.
    var datelineCountry: String? { focus.dateline ?? datelineCapitalCountry }

    init(lexicon: ActorLexicon, text: String, day: CalendarDay?, home: String?) {
        self.lexicon = lexicon
        let bytes = Array(text.utf8)
        self.bytes = bytes
        let tokens = ActorTokenizer.tokenize(bytes: bytes, classes: lexicon.lowerClasses)
        self.tokens = tokens
        self.day = day
        self.home = home
        (segments, segmentOf, mentionsKorea) = Self.segment(tokens, lexicon: lexicon)
        (titleCase, lineIndex) = Self.lines(tokens)
        focus.home = home
        // About one mention in ten tokens: room for them at once, not by doubling.
        mentions.reserveCapacity(tokens.count / 8 + 8)
        focus.reserveCapacity(tokens.count / 8 + 8)
    }

    private static let startsPhrase: WordClass = [.startsExact, .startsFolded]

    private static func segment(_ tokens: [ActorToken], lexicon: ActorLexicon)
        -> (segments: [Segment], segmentOf: [Int], mentionsKorea: Bool) {
        var segments: [Segment] = []
        segments.reserveCapacity(tokens.count)
        var segmentOf = Array(repeating: 0, count: tokens.count)
        var mentionsKorea = false
        let none = LexItems.empty
        let the = TokenLiteral.the
        let capitalThe = TokenLiteral.capitalThe
        var i = 0
        while i < tokens.count {
            // Most tokens start no phrase: a bit test, not a call.
            var match = tokens[i].classes.isDisjoint(with: Self.startsPhrase) ? nil : lexicon.longestMatch(tokens, at: i)
            if let (length, _) = match, tokens[i].isText(the) || tokens[i].isText(capitalThe), i + 1 < tokens.count,
               !tokens[i + 1].classes.isDisjoint(with: Self.startsPhrase),
               let (next, _) = lexicon.longestMatch(tokens, at: i + 1), 1 + next > length {
                match = nil  // `the` + `UN General Assembly`, not `the UN` + `General Assembly`
            }
            if let (length, items) = match {
                for k in i..<(i + length) { segmentOf[k] = segments.count }
                segments.append(Segment(start: i, end: i + length, items: items))
                for item in items where !mentionsKorea {
                    switch item {
                    case .country(let c), .adjective(let c), .capital(let c), .demonym(let c):
                        if c == lexicon.koreas.0 || c == lexicon.koreas.1 { mentionsKorea = true }
                    default: break
                    }
                }
                i += length
            } else {
                segmentOf[i] = segments.count
                segments.append(Segment(start: i, end: i + 1, items: none))
                i += 1
            }
        }
        return (segments, segmentOf, mentionsKorea)
    }

    /// The line of every token, and whether the line is a headline: most of its longer words
    /// are capitalized.
    private static func lines(_ tokens: [ActorToken]) -> (titleCase: [Bool], lineIndex: [Int]) {
        let n = tokens.count
        var titleCase = Array(repeating: false, count: n)
        // One pass: a line is closed (and marked when it is a headline) at the next line start.
        let lineIndex = [Int](unsafeUninitializedCapacity: n) { index, count in
            titleCase.withUnsafeMutableBufferPointer { title in
                tokens.withUnsafeBufferPointer { tokens in
                    var line = 0
                    var lineStart = 0
                    var words = 0
                    var caps = 0
                    for k in 0..<n {
                        let t = tokens[k]
                        if k > 0 && t.startsLine {
                            if words >= 3 && caps * 10 >= words * 7 {
                                for j in lineStart..<k { title[j] = true }
                            }
                            line += 1
                            lineStart = k
                            words = 0
                            caps = 0
                        }
                        index[k] = line
                        if t.kind == .word && t.byteEnd - t.byteStart > 3 {
                            words += 1
                            if t.isCapitalized { caps += 1 }
                        }
                    }
                    if words >= 3 && caps * 10 >= words * 7 {
                        for j in lineStart..<n { title[j] = true }
                    }
                }
            }
            count = n
        }
        return (titleCase, lineIndex)
    }

    // MARK: Driving

    /// Reads every phrase and returns the mentions in text order.
    func run() -> [ActorMention] {
        var s = 0
        while s < segments.count {
            if let next = readPhrase(at: s) {
                s = max(next, s + 1)
            } else {
                s += 1
            }
        }
        ownedByPossessor()
        return mentions
    }

    /// "In Beijing, a Foreign Ministry spokesperson accused …": the country of the capital or
    /// country that opens the sentence of token `k` after "In" and before a comma, if any; or
    /// the country that labels a list's entry before a colon ("Egypt: The foreign ministry
    /// condemned …").
    func openingPlaceCountry(before k: Int) -> String? {
        var first = k
        while first > 0 && !tokens[first].startsSentence { first -= 1 }
        let opensWithIn = tokens[first].isLower(.in)
        guard first + (opensWithIn ? 2 : 1) < k else { return nil }
        let place = segmentOf[first + (opensWithIn ? 1 : 0)]
        let after = segments[place].end
        guard segments[place].start == first + (opensWithIn ? 1 : 0), after < k,
              opensWithIn ? tokens[after].isText(.comma) : tokens[after].isText(.colon),
              let (c, _) = countryLike(segments[place].items) else { return nil }
        return lexicon.countries[c].iso3
    }

    /// "the North's foreign ministry": a body that exists in every state, read without a
    /// country, belongs to the country named just before it with `'s`.
    func ownedByPossessor() {
        var k = 0
        for i in mentions.indices.dropFirst() where mentions[i].country == nil && mentions[i].sector != nil {
            let owner = mentions[i - 1]
            guard let c = owner.country, c.count == 3, c != "IGO", c != "NGO", owner.role == nil else { continue }
            while k < tokens.count, tokens[k].start < owner.end { k += 1 }
            guard k + 1 < tokens.count, tokens[k].start == owner.end, tokens[k].isText(.possessive),
                  tokens[k + 1].start == mentions[i].start else { continue }
            mentions[i].country = c
            mentions[i].code = ActorMention.code(country: c, sector: mentions[i].sector)
        }
    }

    /// Reads the phrase starting at segment `s`; returns the segment after it, or nil when
    /// nothing starts there.
    func readPhrase(at s: Int) -> Int? {
        let seg = segments[s]
        if seg.items.isEmpty {
            let t = tokens[seg.start]
            if !t.isCapitalized && t.kind != .number && t.classes.isDisjoint(with: .phraseRelevant) { return nil }
            if let next = readPronoun(at: s) { return next }
            if let next = readContextualKorea(at: s) { return next }
            if let next = readAllies(at: s) { return next }
            if let next = readMessageSubject(at: s) { return next }
            if let next = readBasedIn(at: s) { return next }
            if let next = readWeapon(at: s) { return next }
            if let next = readShip(at: s) { return next }
        }
        if let next = readVocative(at: s) { return next }
        if let next = readNameFirst(at: s) { return next }
        if let next = readDescribed(at: s) { return next }
        return nil
    }

    // MARK: Token helpers

    /// The text of token `k` as written, with typographic apostrophes, quotes and dashes in
    /// their ASCII forms (`O’Brien` is `O'Brien`).
    func tokenText(_ k: Int) -> String {
        let t = tokens[k]
        guard t.flags.contains(.normalized) else {
            return bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[t.byteStart..<t.byteEnd]), as: UTF8.self)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(t.length))
        appendTokenText(k, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the bytes of ``tokenText(_:)`` of token `k` to `out`.
    func appendTokenText(_ k: Int, to out: inout [UInt8]) {
        let t = tokens[k]
        let raw = bytes[t.byteStart..<t.byteEnd]
        guard t.flags.contains(.normalized) else { out.append(contentsOf: raw); return }
        if t.kind == .punctuation {
            switch raw.last {
            case 0x9C, 0x9D: out.append(0x22)
            case 0x98, 0x99: out.append(0x27)
            default: out.append(0x2D)
            }
            return
        }
        var i = raw.startIndex
        while i < raw.endIndex {
            if raw[i] == 0xE2 { out.append(0x27); i += 3 } else { out.append(raw[i]); i += 1 }
        }
    }

    /// The text of the first token of segment `s`.
    func text(_ s: Int) -> String { tokenText(segments[s].start) }

    func isWord(_ s: Int) -> Bool { s < segments.count && segments[s].items.isEmpty && tokens[segments[s].start].kind == .word }

    /// The token of segment `s` when it is a single token outside the gazetteer.
    func plainToken(_ s: Int) -> ActorToken? {
        guard s >= 0, s < segments.count, segments[s].items.isEmpty else { return nil }
        return tokens[segments[s].start]
    }

    /// Whether segment `s` is a single token outside the gazetteer whose lower-cased text is
    /// `literal` (`of`, `Of`).
    func isLower(_ s: Int, _ literal: TokenLiteral) -> Bool {
        plainToken(s)?.isLower(literal) ?? false
    }

    /// Whether segment `s` is a single token outside the gazetteer of class `c`.
    func isClass(_ s: Int, _ c: WordClass) -> Bool {
        s >= 0 && s < segments.count && segments[s].items.isEmpty && tokens[segments[s].start].classes.contains(c)
    }

    /// Whether segment `s` is a single token outside the gazetteer with the text `literal`.
    func isToken(_ s: Int, _ literal: TokenLiteral) -> Bool {
        s >= 0 && s < segments.count && segments[s].items.isEmpty && tokens[segments[s].start].isText(literal)
    }

    /// The document text of segments `a..<b`.
    func span(_ a: Int, _ b: Int) -> (text: String, start: Int, end: Int) {
        let first = tokens[segments[a].start]
        let last = tokens[segments[b - 1].end - 1]
        let text = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[first.byteStart..<last.byteEnd]), as: UTF8.self)
        }
        return (text, first.start, last.end)
    }

    /// A capitalized word outside the gazetteer that may belong to a name.
    func isNameWord(_ s: Int) -> Bool {
        guard s >= 0, s < segments.count, segments[s].items.isEmpty else { return false }
        let t = tokens[segments[s].start]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps || t.length <= 3 else { return false }
        if t.flags.contains(.endsWithPeriod) { return t.length == 2 }  // an initial: "H. R."
        if t.classes.contains(.nameStop) || t.classes.contains(.honorific) { return false }
        for k in t.byteStart..<t.byteEnd where bytes[k] &- 0x30 < 10 { return false }
        return true
    }

    /// An unknown name of 2 to 4 words starting at `s` (name particles may stand inside).
    func unknownName(at s: Int, allowSingle: Bool) -> Int? {
        guard isNameWord(s) else { return nil }
        var e = s + 1
        while e < segments.count, e - s < 5 {
            if tokens[segments[e].start].startsLine { break }
            if isNameWord(e) { e += 1; continue }
            if isClass(e, .particle), isNameWord(e + 1) { e += 2; continue }
            break
        }
        if e - s >= 2 { return e }
        return allowSingle ? e : nil
    }

    /// Whether segment `s` is a capitalized word outside the gazetteer that is part of a
    /// proper name around a country or capital (`Michael` before `Jordan`).
    func isForeignNameNeighbour(_ s: Int, before: Bool, strict: Bool) -> Bool {
        guard s >= 0, s < segments.count, isNameWord(s) else { return false }
        let t = tokens[segments[s].start]
        if titleCase[segments[s].start] { return false }
        if before && t.startsSentence && !strict { return false }
        if before, segments[s].end < tokens.count, tokens[segments[s].end].startsLine { return false }
        if !before && t.startsLine { return false }
        return true
    }
}
