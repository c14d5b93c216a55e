extension EventCoder {
    /// The coder with Chronicle's shipped lexicons and analysis stages: the text layer, the
    /// actor resolver (with its place gazetteer) and the temporal tagger.
    ///
    /// ```swift
    /// let coded = EventCoder.shipped().code(document)
    /// ```
    public static func shipped() -> EventCoder {
        let resolver = try? ActorResolver.shipped()
        let voices = resolver?.stateMedia ?? []
        var coder = EventCoder(
            actorFinder: { doc in resolver?.resolve(doc).map { ActorSpan(mention: $0, stateMedia: voices) } ?? [] },
            timeFinder: { doc in TemporalTagger.shared.annotate(doc).compactMap(TimeSpan.init(expression:)) })
        for c in resolver?.lexicon.countries ?? [] { if let until = c.until { coder.statesUntil[c.iso3] = until } }
        if let places = resolver?.places {
            coder.placeFinder = { name in places.lookup(name).map { ($0.name, $0.country) } }
        }
        return coder
    }
}

extension ActorSpan {
    /// The event coder's view of a resolved actor mention.
    ///
    /// A news medium is no party to events, except a state's own voice (its name in
    /// `stateMedia`, or a phrase such as "North Korean state media") when it does not merely
    /// report: "KCNA denounced Japan" is North Korea's denunciation.
    public init(mention m: ActorMention, stateMedia: Set<String> = []) {
        let voice = m.isMedia && !m.isReporter && m.country != nil
            && (m.name.map { stateMedia.contains($0) } ?? false || Self.namesStateMedium(m.text))
        self.init(text: m.text, start: m.start, end: m.end, country: m.country, sector: m.sector,
                  code: m.code, name: m.name, isMedia: (m.isMedia && !voice) || m.isReporter)
        record = m.record
        isTurn = m.isTurn
    }

    /// Whether a media phrase says it is the state's ("state media", "the state news agency",
    /// "state-run television").
    static func namesStateMedium(_ text: String) -> Bool {
        let t = text.lowercased()
        return t.contains("state media") || t.contains("state-run") || t.contains("state news") || t.contains("state television")
            || t.contains("state broadcaster") || t.contains("official news agency")
    }
}

extension TimeSpan {
    /// The event coder's view of a dated temporal expression; nil for durations, sets and
    /// expressions without a calendar interval.
    public init?(expression t: TemporalExpression) {
        guard t.type == .date || t.type == .time, let a = t.dateStart, let b = t.dateEnd else { return nil }
        // A time of day is dated by its day ("Monday morning" → 2017-03-06).
        let value = t.type == .time && a == b ? a.description : t.value
        self.init(text: t.text, start: t.start, end: t.end, value: value, dateStart: a, dateEnd: b)
        record = t.record
        datesOwnClauseOnly = t.datesOwnClauseOnly
        setsToday = t.setsToday
    }
}
