/// Lists whose items leave out their subject: a joint statement's "The Ministers:" followed by
/// "1. Condemned North Korea's launches …", "Urged China to …". Each item is said by whoever the
/// line before the colon named.
///
/// ```swift
/// // "Representatives of Japan, Australia and India met in Delhi and:\n1. Condemned the attack …"
/// // → the item's subject is Japan, Australia and India
/// ```
extension EventCoder {
    /// Words that name a list's speakers without naming them ("The Ministers:"): the sentence
    /// before names them.
    static let listSpeakerNouns: Set<String> = ["ministers", "leaders", "participants", "sides", "parties", "members",
                                                "delegations", "governments", "countries", "representatives", "signatories"]

    /// Pronouns of a list item that stand for its speakers.
    static let listPronouns: Set<String> = ["their", "they", "them", "themselves", "our", "we", "us"]

    /// Whether `word` (lowercase) is the present-tense verb that opens an operative paragraph
    /// of a resolution or communiqué ("Condemns", "Calls upon", "Expresses"): an "-s" form whose
    /// lemma the clause reader knows as a verb.
    static func isOperativeVerb(_ word: String, _ reader: ClauseReader) -> Bool {
        guard word.hasSuffix("s"), !word.hasSuffix("ss") else { return false }
        return !reader.lemmas.entry(candidates: reader.lemmatizer.candidates(word)).verbs.isEmpty
    }

    /// `s` with ``EventSentence/impliedSubject`` set when it is an item of a list whose subject
    /// `opener` holds, and the opener and subject to carry to the next sentence. A sentence ending
    /// in a colon opens a list with its own subject, or (when that is a noun such as "The
    /// Ministers" and names fewer than two countries) the previous sentence's; an item opens with a past-tense verb after at most a
    /// number or bullet. A list of four or more countries is one multilateral voice: its first
    /// member speaks for it, as for a long list of targets.
    static func listSubject(_ s: EventSentence, opener: [ActorSpan], previous: EventSentence?,
                            reader: ClauseReader) -> (EventSentence, [ActorSpan], EventSentence?) {
        var s = s
        let words = s.tokens.drop { !$0.is(.alphabetic) }
        // The subject this sentence names: its actors before its first verb-like word (found only
        // for a colon sentence or a list's sentence: this runs for every sentence).
        func namedSubject(_ s: EventSentence) -> [ActorSpan] {
            let firstVerb = s.tokens.firstIndex { $0.is(.endsED) && !$0.isCapitalized } ?? s.tokens.count
            return s.actors.filter { a in
                a.country != nil && !a.isPlace && !a.isMedia && (firstVerb == s.tokens.count || a.end <= s.tokens[firstVerb].start)
            }
        }
        if s.tokens.last?.form == ":" {
            let named = namedSubject(s)
            // ("The Ministers:" names no one: the sentence before does)
            let speakerNoun = words.prefix(3).contains { listSpeakerNouns.contains($0.lower) }
            let list = Set(named.compactMap(\.country)).count >= 2 || !speakerNoun ? named : previous.map(namedSubject) ?? []
            return (s, list, s)
        }
        // (a bullet or number split off as a sentence of its own keeps the list open)
        guard let first = words.first else { return (s, opener, previous) }
        // ("Strongly condemns …": an adverb may come first)
        guard !opener.isEmpty, first.isCapitalized,
              first.is(.endsED) || reader.lemmatizer.irregularPastOnly.contains(first.lower)
                || ClauseReader.openingVerb(s.tokens).map({ Self.isOperativeVerb(s.tokens[$0].lower, reader) }) ?? false else {
            // (the next sentence may be "The Ministers:", which needs this one's subject)
            return (s, [], s)
        }
        var countries = Set<String>()
        let voices = opener.filter { countries.insert($0.country ?? $0.text).inserted }
        let speakers = voices.count >= 4 ? [voices[0]] : voices
        s.impliedSubject = speakers.indices.map { s.actors.count + $0 }
        // ("Reaffirmed their commitment to …": the item's own "their" is its speakers')
        for k in s.actors.indices where Self.listPronouns.contains(s.actors[k].text.lowercased()) {
            var a = speakers[0]
            (a.text, a.start, a.end) = (s.actors[k].text, s.actors[k].start, s.actors[k].end)
            s.actors[k] = a
        }
        s.actors += speakers
        return (s, opener, s)
    }
}
