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
        let country = lexicon.countries[c]
        let strict = country.ambiguity == "given-name"
        if isForeignNameNeighbour(s + 1, before: false, strict: strict) { return false }
        if isForeignNameNeighbour(s - 1, before: true, strict: strict) { return false }
        let next = nextToken(s)
        let prev = previousToken(s)
        switch country.iso3 {
        case "TUR":
            if let next, ActorWords.turkeyFood.contains(next.text.lowercased()) { return false }
            if let prev, ["wild", "roast", "roasted", "smoked", "Thanksgiving"].contains(prev.text) { return false }
        case "GIN":
            if let next, ActorWords.guineaAnimals.contains(next.text.lowercased()) { return false }
        default:
            break
        }
        if country.ambiguity == "us-state" {
            // `Atlanta, Georgia`, `the state of Georgia`, `Georgia, USA`.
            if let prev, prev.text == ",", s >= 2, let place = placeCountry(s - 2), place == "USA" { return false }
            if s >= 2, lowered(s - 1) == "of", lowered(s - 2) == "state" { return false }
            if let next, next.text == ",", s + 2 < segments.count,
               case .country(let n)? = segments[s + 2].items.first, lexicon.countries[n].iso3 == "USA" { return false }
            if let next, ["state", "governor", "senator", "voters", "Republicans", "Democrats", "Bulldogs"].contains(next.text) {
                return false
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
        let p = prev.text.lowercased()
        if ActorWords.placePrepositions.contains(p) { return true }
        if p == "to" || p == "from" {
            if s >= 2, let before = lowered(s - 2) { return ActorWords.movementWords.contains(before) }
            return false
        }
        if prev.text == "the", s >= 2, let before = lowered(s - 2), ActorWords.placePrepositions.contains(before) {
            return true
        }
        return false
    }

    /// Whether a capital at segment `s` acts as the government (`Tokyo said`, `talks with
    /// Pyongyang`, `Seoul's decision`) rather than being a place.
    func capitalIsActor(at s: Int) -> Bool {
        let first = tokens[segments[s].start]
        // A dateline: `SEOUL, June 12` or `Tokyo (Kyodo) -`.
        if first.startsLine, let next = nextToken(s), [",", "(", "-"].contains(next.text) { return false }
        if isForeignNameNeighbour(s - 1, before: true, strict: false) { return false }
        if isForeignNameNeighbour(s + 1, before: false, strict: false) { return false }
        if isPlaceContext(s) { return false }
        if let next = nextToken(s) {
            if next.text == "'s" { return true }
            if next.text == "state" || next.text == "State" { return false }  // Washington state
            if ActorWords.actorVerbs.contains(next.text.lowercased()) { return true }
            if next.text == "and" || next.text == ",", s + 2 < segments.count,
               segments[s + 2].items.contains(where: { if case .capital = $0 { return true }; if case .country = $0 { return true }; return false }) {
                return next.text == "and" || !isPlaceContext(s)
            }
        }
        if let prev = previousToken(s), ActorWords.actorPredecessors.contains(prev.text.lowercased()) { return true }
        if let prev = previousToken(s) {
            if prev.text == "to" || prev.text == "from" { return true }
            // The object of a verb: `angered Seoul`, `attacked Kyiv`.
            if prev.kind == .word, !prev.isCapitalized, prev.text.hasSuffix("ed") { return true }
        }
        return false
    }

    /// Whether a seat of power (`the Kremlin`) acts; it does unless it is a place (`at the
    /// White House`).
    func seatIsActor(at s: Int) -> Bool {
        if isPlaceContext(s) { return false }
        if let prev = previousToken(s), ["at", "to", "from", "into", "outside", "inside"].contains(prev.text.lowercased()) {
            return false
        }
        return true
    }

    /// Whether a medium at segments `a..<b` is cited as the reporter: `according to Kyodo`,
    /// `Yonhap reported`, `(Yonhap)`, `told CNN`, `quoted by Xinhua`.
    func isReporterContext(_ a: Int, _ b: Int) -> Bool {
        var prev: [String] = []
        var k = segments[a].start - 1
        while k >= 0, prev.count < 3 { prev.append(tokens[k].text.lowercased()); k -= 1 }
        let nextIndex = segments[b - 1].end
        let next = nextIndex < tokens.count ? tokens[nextIndex].text.lowercased() : ""
        if prev.count >= 2, prev[0] == "to", prev[1] == "according" { return true }
        if let p = prev.first {
            if ["told", "quoted", "cited", "by", "via", "citing", "quoting"].contains(p) { return true }
            if p == "(" && next == ")" { return true }
            if p == "with", prev.count >= 2, prev[1] == "interview" { return true }
        }
        if ActorWords.reportingVerbs.contains(next) { return true }
        return false
    }
}
