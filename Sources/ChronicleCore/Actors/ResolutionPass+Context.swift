/// Context rules that decide whether a name is an actor: a country that is part of a person's
/// name (`Michael Jordan`), a US state (`Atlanta, Georgia`), a bird (`turkey dinner`); a capital
/// that acts (`Tokyo said`) or is a place (`in Tokyo`); a medium that reports.
extension ResolutionPass {
    /// The token before segment `s` on the same line, if any.
    func previousToken(_ s: Int) -> ActorToken? {
        let k = segments[s].start
        guard k > 0, !tokens[k].startsLine else { return nil }
        return tokens[k - 1]
    }

    /// The token after segment `s` on the same line, if any.
    func nextToken(_ s: Int) -> ActorToken? {
        let k = segments[s].end
        guard k < tokens.count, !tokens[k].startsLine else { return nil }
        return tokens[k]
    }

    /// Whether a country name at segment `s` names the country.
    func countryIsActor(_ c: Int, at s: Int) -> Bool {
        // Two fields, not a copy of the whole entry (its names, adjectives, capitals...).
        let iso3 = lexicon.countries[c].iso3
        let ambiguity = lexicon.countries[c].ambiguity
        let strict = ambiguity == "given-name"
        // ("Commends Chad, Egypt and South Sudan": a name listed before another country is one)
        if strict, let next = nextToken(s), next.isText(.comma) || next.isText(.and), s + 2 < segments.count,
           case .country? = segments[s + 2].items.first { return true }
        if isForeignNameNeighbour(s + 1, before: false, strict: strict) { return false }
        if isForeignNameNeighbour(s - 1, before: true, strict: strict) { return false }
        let next = nextToken(s)
        let prev = previousToken(s)
        switch iso3 {
        case "TUR":
            if let next, next.classes.contains(.turkeyFood) { return false }
            if let prev, prev.isText(oneOf: TokenLiteral.turkeyPrecedents) { return false }
        case "GIN":
            if let next, next.classes.contains(.guineaAnimal) { return false }
        default:
            break
        }
        if ambiguity == "us-state" {
            // `Atlanta, Georgia`, `the state of Georgia`, `Georgia, USA`.
            if let prev, prev.isText(.comma), s >= 2, let place = placeCountry(s - 2), place == "USA" { return false }
            if s >= 2, isLower(s - 1, .of), isLower(s - 2, .state) { return false }
            if let next, next.isText(.comma), s + 2 < segments.count,
               case .country(let n)? = segments[s + 2].items.first, lexicon.countries[n].iso3 == "USA" { return false }
            if let next, next.isText(oneOf: TokenLiteral.usStateFollowers) {
                return false
            }
            // (`Sen. Sam Nunn of Georgia`: a US legislator's or governor's state)
            if s >= 2, isLower(s - 1, .of) {
                let k = segments[s - 1].start
                if (max(0, k - 6)..<k).contains(where: { tokens[$0].isLower(oneOf: TokenLiteral.usStateTitles) }) { return false }
            }
        }
        return true
    }

    /// The country of a place (or US city) at segment `s`.
    func placeCountry(_ s: Int) -> String? {
        for item in segments[s].items {
            switch item {
            case .place(let p): return lexicon.places.places[p].country
            case .capital(let c): return lexicon.countries[c].iso3
            default: continue
            }
        }
        return nil
    }

    /// Whether the word before segment `s` puts a place there (`in Tokyo`, `flew to Seoul`).
    func isPlaceContext(_ s: Int) -> Bool {
        guard let prev = previousToken(s) else { return false }
        if prev.classes.contains(.placePreposition) { return true }
        if prev.isLower(.to) || prev.isLower(.from) {
            return s >= 2 && isClass(s - 2, .movement)
        }
        if prev.isText(.the), s >= 2, isClass(s - 2, .placePreposition) {
            return true
        }
        return false
    }

    /// Whether the mention at segment `s` only places a town named before it (`in Lima, Peru`).
    /// (A country after `in` alone may still be who acts next: "talks in North Korea … They
    /// secured …".)
    func namesPlace(_ s: Int) -> Bool {
        guard s >= 2, previousToken(s)?.isText(.comma) ?? false else { return false }
        return segments[s - 2].items.contains { item in
            switch item {
            case .place, .capital: isPlaceContext(s - 2)
            default: false
            }
        }
    }

    /// Whether a capital at segment `s` acts as the government (`Tokyo said`, `talks with
    /// Pyongyang`, `Seoul's decision`) rather than being a place.
    func capitalIsActor(at s: Int) -> Bool {
        let first = tokens[segments[s].start]
        // A dateline: `SEOUL, June 12` or `Tokyo (Kyodo) -`.
        if first.startsLine, let next = nextToken(s) {
            let k = segments[s].end + 1
            if next.isText(.openParenthesis) || next.isText(.dash)
                || next.isText(.comma) && k < tokens.count && !tokens[k].startsLine
                    && (tokens[k].kind == .number || tokens[k].classes.contains(.month) || tokens[k].isAllCaps) {
                for case .capital(let c) in segments[s].items where focus.dateline == nil { focus.dateline = lexicon.countries[c].iso3 }
                return false
            }
        }
        if isForeignNameNeighbour(s - 1, before: true, strict: false) { return false }
        if isForeignNameNeighbour(s + 1, before: false, strict: false) { return false }
        if isPlaceContext(s) { return false }
        // `Stockholm, Sweden`: a city placed in its country.
        if let next = nextToken(s), next.isText(.comma), s + 2 < segments.count,
           case .country? = segments[s + 2].items.first {
            return false
        }
        if let next = nextToken(s) {
            if next.isText(.possessive) { return true }
            if next.isText(.state) || next.isText(.capitalState) { return false }  // Washington state
            // `Beijing rebuked Washington`: an actor verb or a regular past verb right after the capital.
            if isVerbAfterName(next) { return true }
            // `Pyongyang abruptly called off`, `Beijing strongly condemned`: an adverb in -ly
            // between the capital and its verb.
            let k = segments[s].end + 1
            if isLowercaseWord(next, endingIn: 0x6C, 0x79, longerThan: 4), k < tokens.count, isVerbAfterName(tokens[k]) { return true }
            if next.isText(.and) || next.isText(.comma), s + 2 < segments.count,
               segments[s + 2].items.contains(where: { if case .capital = $0 { return true }; if case .country = $0 { return true }; return false }) {
                return next.isText(.and) || !isPlaceContext(s)
            }
            // `Washington, which does not recognize Maduro, said …`: a capital that opens the
            // sentence before a relative aside is its subject.
            if first.startsSentence, next.isText(.comma), k < tokens.count, tokens[k].classes.contains(.relative),
               !tokens[k].isLower(.that) { return true }
        }
        if let prev = previousToken(s), prev.classes.contains(.actorPredecessor) { return true }
        // `insisted that Washington remove …`, `said that Tokyo would …`: the subject of the
        // clause a verb of saying opens
        let k = segments[s].start
        if k >= 2, tokens[k - 1].isLower(.that), !tokens[k - 1].startsLine, tokens[k - 2].classes.contains(.actorVerb) { return true }
        if let prev = previousToken(s) {
            if prev.isText(.to) || prev.isText(.from) { return true }
            // The object of a verb: `angered Seoul`, `attacked Kyiv`.
            if isLowercaseWord(prev, endingIn: 0x65, 0x64, longerThan: 2) { return true }
        }
        return false
    }

    /// Whether `t` is a verb that makes a name before it its subject: an actor verb, or a
    /// regular past ("rebuked").
    func isVerbAfterName(_ t: ActorToken) -> Bool {
        t.classes.contains(.actorVerb) || isLowercaseWord(t, endingIn: 0x65, 0x64, longerThan: 3)
    }

    /// Whether `t` is a lowercase word of more than `length` bytes whose last two bytes are `a`
    /// and `b` ("-ed", "-ly").
    func isLowercaseWord(_ t: ActorToken, endingIn a: UInt8, _ b: UInt8, longerThan length: Int) -> Bool {
        t.kind == .word && !t.isCapitalized && t.byteEnd - t.byteStart > length
            && bytes[t.byteEnd - 2] == a && bytes[t.byteEnd - 1] == b
    }

    /// Whether a seat of power (`the Kremlin`) acts; it does unless it is a place (`at the
    /// White House`).
    func seatIsActor(at s: Int) -> Bool {
        if isPlaceContext(s) { return false }
        if let prev = previousToken(s), prev.isLower(oneOf: TokenLiteral.seatPlacePrepositions) {
            return false
        }
        return true
    }

    /// Whether a medium at segments `a..<b` is cited as the reporter: `according to Kyodo`,
    /// `Yonhap reported`, `(Yonhap)`, `told CNN`, `quoted by Xinhua`.
    func isReporterContext(_ a: Int, _ b: Int) -> Bool {
        let k = segments[a].start
        let nextIndex = segments[b - 1].end
        if k >= 2, tokens[k - 1].isLower(.to), tokens[k - 2].isLower(.according) { return true }
        if k >= 1 {
            let p = tokens[k - 1]
            if p.isLower(oneOf: TokenLiteral.reporterPrecedents) { return true }
            if p.isText(.openParenthesis) && nextIndex < tokens.count && tokens[nextIndex].isText(.closeParenthesis) { return true }
            if p.isLower(.with), k >= 2, tokens[k - 2].isLower(.interview) { return true }
        }
        if nextIndex < tokens.count, tokens[nextIndex].classes.contains(.reportingVerb) { return true }
        return false
    }
}
