import Foundation

/// The word lists the sentence splitter and tokenizer consult: abbreviations that keep their
/// period, words that open a sentence after one, and reporting verbs.
///
/// All lists are resources (`Resources/text/abbreviations.tsv`, `sentence-starters.txt`,
/// `reporting-verbs.txt`, `wrap-continuations.txt`, `speaker-titles.txt`) so that a linguist can edit them; the
/// corpora in `Tests/ChronicleCoreTests/Corpora/text/` show what each entry does. Look-ups take
/// byte ranges and allocate nothing (see ``LexiconKey``).
///
/// ```swift
/// let table = AbbreviationTable.shipped
/// table.kind(of: Array("Gen".utf8)[...])              // .title
/// table.isSentenceStarter(Array("The".utf8)[...])     // true
/// ```
public struct AbbreviationTable: Sendable {
    /// How an abbreviation behaves at a possible sentence end.
    public enum Kind: String, Sendable {
        /// Precedes a name and never ends a sentence (`Mr.`, `Gen.`).
        case title
        /// Ends a sentence only before a typical sentence opener (`Inc.`, `U.S.`, `Jr.`).
        case general
        /// A month (`Oct.`); like `general`, and a following number never starts a sentence.
        case month
    }

    private let kinds: [LexiconKey: Kind]
    private let starters: Set<LexiconKey>
    private let reportingVerbs: Set<LexiconKey>
    private let wrapContinuations: Set<LexiconKey>
    private let speakerTitles: Set<LexiconKey>

    /// Creates a table from explicit lists.
    /// - Parameters:
    ///   - kinds: Abbreviations without their period, and how each behaves.
    ///   - sentenceStarters: Capitalized words that open a sentence after an abbreviation.
    ///   - reportingVerbs: Verbs that continue a sentence after a quotation (`"Why?" Kim asked`).
    ///   - wrapContinuations: Words that, ending a line, mark it as wrapped prose, not a heading.
    ///   - speakerTitles: Words that open a transcript label ending in a period (`Chairman Kim.`).
    public init(kinds: [String: Kind], sentenceStarters: Set<String>, reportingVerbs: Set<String> = [],
                wrapContinuations: Set<String> = [], speakerTitles: Set<String> = []) {
        var table = [LexiconKey: Kind]()
        for (word, kind) in kinds {
            if let key = LexiconKey(word) { table[key] = kind }
        }
        self.kinds = table
        self.starters = Set(sentenceStarters.compactMap(LexiconKey.init))
        self.reportingVerbs = Set(reportingVerbs.compactMap(LexiconKey.init))
        self.wrapContinuations = Set(wrapContinuations.compactMap(LexiconKey.init))
        self.speakerTitles = Set(speakerTitles.compactMap(LexiconKey.init))
    }

    /// The table shipped in the core engine's resources.
    public static let shipped: AbbreviationTable = {
        var kinds = [String: Kind]()
        for line in ResourceFile.lines("abbreviations", extension: "tsv", subdirectory: "text") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let kind = Kind(rawValue: String(fields[1])) else { continue }
            kinds[String(fields[0])] = kind
        }
        func words(_ name: String) -> Set<String> {
            Set(ResourceFile.lines(name, extension: "txt", subdirectory: "text").map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        }
        return AbbreviationTable(kinds: kinds, sentenceStarters: words("sentence-starters"),
                                 reportingVerbs: words("reporting-verbs"),
                                 wrapContinuations: words("wrap-continuations"),
                                 speakerTitles: words("speaker-titles"))
    }()

    /// The kind of a word (without its period), if it is a listed abbreviation.
    public func kind(of word: ArraySlice<UInt8>) -> Kind? {
        word.withUnsafeBufferPointer { kind(in: $0, 0..<$0.count) }
    }

    /// Whether `word` typically opens a sentence.
    public func isSentenceStarter(_ word: ArraySlice<UInt8>) -> Bool {
        word.withUnsafeBufferPointer { isSentenceStarter(in: $0, 0..<$0.count) }
    }

    // MARK: - Byte-range look-ups for the scanners

    /// The kind of the abbreviation `bytes[range]`; an all-capital word is also looked up in
    /// title case (`GEN` as `Gen`), as in transcripts and headlines.
    func kind(in bytes: TextBytes, _ range: Range<Int>) -> Kind? {
        guard let key = LexiconKey(bytes, range) else { return nil }
        if let kind = kinds[key] { return kind }
        guard range.count >= 2 else { return nil }
        for i in range where !ByteClass.isUpper(bytes[i]) { return nil }
        guard let title = LexiconKey(bytes, range, titlecased: true) else { return nil }
        return kinds[title]
    }

    /// Whether the tokenizer keeps the period after `bytes[range]`: a listed abbreviation, or
    /// a single capital letter (an initial, `J. Smith`).
    @inline(__always)
    func keepsPeriod(_ bytes: TextBytes, _ range: Range<Int>) -> Bool {
        if range.count == 1 { return ByteClass.isUpper(bytes[range.lowerBound]) }
        return kind(in: bytes, range) != nil
    }

    func isSentenceStarter(in bytes: TextBytes, _ range: Range<Int>) -> Bool {
        guard let key = LexiconKey(bytes, range) else { return false }
        return starters.contains(key)
    }

    func isReportingVerb(in bytes: TextBytes, _ range: Range<Int>) -> Bool {
        guard let key = LexiconKey(bytes, range) else { return false }
        return reportingVerbs.contains(key)
    }

    func isSpeakerTitle(in bytes: TextBytes, _ range: Range<Int>) -> Bool {
        guard let key = LexiconKey(bytes, range) else { return false }
        return speakerTitles.contains(key)
    }

    func isWrapContinuation(in bytes: TextBytes, _ range: Range<Int>) -> Bool {
        guard let key = LexiconKey(bytes, range) else { return false }
        return wrapContinuations.contains(key)
    }
}
