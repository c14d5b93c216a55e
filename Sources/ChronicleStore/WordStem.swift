/// A crude English suffix stripper for ``MemoryEventStore``'s search, close enough to the
/// Porter stemmer of the SQL backends for plain inflections (`meetings`, `meeting`, `met`
/// is not covered).
enum WordStem {
    static func stem(_ word: String) -> String {
        for suffix in ["ings", "ing", "edly", "ed", "es", "s"] where word.count > suffix.count + 2 {
            if word.hasSuffix(suffix) { return String(word.dropLast(suffix.count)) }
        }
        return word
    }
}
