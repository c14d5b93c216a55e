extension EventCoder {
    /// The coder with Chronicle's shipped lexicons and analysis stages.
    ///
    /// ```swift
    /// let coded = EventCoder.shipped().code(document)
    /// ```
    public static func shipped() -> EventCoder {
        EventCoder()
    }
}
