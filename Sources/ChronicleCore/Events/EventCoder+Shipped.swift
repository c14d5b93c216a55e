extension EventCoder {
    /// The coder with Chronicle's shipped lexicons and analysis stages: the text layer, the
    /// actor resolver (with its place gazetteer) and the temporal tagger.
    ///
    /// ```swift
    /// let coded = EventCoder.shipped().code(document)
    /// ```
    public static func shipped() -> EventCoder {
        let resolver = try? ActorResolver.shipped()
        var coder = EventCoder(
            actorFinder: { doc in resolver?.resolve(doc).map(ActorSpan.init(mention:)) ?? [] },
            timeFinder: { doc in TemporalTagger.shared.annotate(doc).compactMap(TimeSpan.init(expression:)) })
        if let places = resolver?.places {
            coder.placeFinder = { name in places.lookup(name).map { ($0.name, $0.country) } }
        }
        return coder
    }
}

extension ActorSpan {
    /// The event coder's view of a resolved actor mention.
    public init(mention m: ActorMention) {
        self.init(text: m.text, start: m.start, end: m.end, country: m.country, sector: m.sector,
                  code: m.code, name: m.name, isMedia: m.isMedia || m.isReporter)
        record = m.record
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
    }
}
