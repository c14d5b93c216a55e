import Foundation

/// The Penn Treebank tags an English word can take, from word lists made outside the
/// training treebank (`Resources/syntax/tag-lexicon.tsv`: the SPECIALIST lexicon's inflections
/// via lemminflect, and the most frequent tag of Brill's WSJ/Brown lexicon).
///
/// The tagger learns from the treebank which tags its words take; for a word the treebank
/// never saw it has only the spelling. This table tells it, for example, that "sanctioned"
/// is a past tense or participle and "emir" a noun. Training copies the table into the model
/// (as word hash → ``entry(_:)`` code), so tagging never reads the TSV.
///
/// ```swift
/// let lexicon = try TagLexicon.shipped()
/// lexicon.tags(of: "protested")   // (specialist: ["VBD", "VBN"], brill: "VBD")
/// ```
public struct TagLexicon: Sendable {
    /// Exact-form hash (``FeatureHash/string(_:)``) → ``entry(_:)`` code.
    let entries: [UInt64: UInt64]
    /// The distinct SPECIALIST tag sets (`VBD,VBN`), sorted; code `i + 1` stands for `tagSets[i]`.
    public let tagSets: [String]
    /// The distinct Brill tags, sorted; code `i + 1` stands for `brillTags[i]`.
    public let brillTags: [String]

    /// The number of words listed.
    public var count: Int { entries.count }

    /// A lexicon that lists no word (a tagger trained with it uses no outside knowledge).
    public static let empty = TagLexicon(entries: [:], tagSets: [], brillTags: [])

    init(entries: [UInt64: UInt64], tagSets: [String], brillTags: [String]) {
        self.entries = entries
        self.tagSets = tagSets
        self.brillTags = brillTags
    }

    /// The code of a word's row, by the exact form's hash: the tag set's number in bits 16–31
    /// and Brill's tag's number in bits 0–15 (0 = none); nil when the word is not listed.
    @inline(__always)
    func entry(_ formHash: UInt64) -> UInt64? { entries[formHash] }

    /// The tags listed for `word` (exact spelling), or nil when it is not listed.
    public func tags(of word: String) -> (specialist: [String], brill: String?)? {
        guard let code = entries[FeatureHash.string(word)] else { return nil }
        let set = Int(code >> 16 & 0xFFFF), brill = Int(code & 0xFFFF)
        return (set == 0 ? [] : tagSets[set - 1].split(separator: ",").map(String.init),
                brill == 0 ? nil : brillTags[brill - 1])
    }

    /// Reads the shipped `Resources/syntax/tag-lexicon.tsv`.
    public static func shipped() throws -> TagLexicon {
        try TagLexicon(contentsOf: SyntaxResources.url("tag-lexicon", "tsv"))
    }

    /// Reads a tag lexicon file: lines `word<TAB>tags-joined-by-commas-or-<TAB>Brill-tag-or--`;
    /// lines starting with `#` are comments.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SyntaxError(code: .unreadableFile, message: "cannot read tag lexicon \(url.path)", cause: error)
        }
        try self.init(parsing: Array(data), source: url.lastPathComponent)
    }

    /// Parses the bytes of a tag lexicon file (see ``init(contentsOf:)``).
    init(parsing bytes: [UInt8], source: String) throws {
        var rows: [(word: ArraySlice<UInt8>, set: String, brill: String)] = []
        try TextLines.forEach(in: bytes) { lineNumber, range in
            let line = bytes[range]
            if line.isEmpty || line.first == 35 { return }   // '#'
            let fields = line.split(separator: 9, omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty, !fields[2].isEmpty else {
                throw SyntaxError(code: .malformedResource,
                                  message: "\(source):\(lineNumber): expected word, tags and Brill tag separated by tabs")
            }
            rows.append((fields[0], String(decoding: fields[1], as: UTF8.self), String(decoding: fields[2], as: UTF8.self)))
        }
        let sets = Set(rows.map(\.set)).subtracting(["-"]).sorted()
        let brills = Set(rows.map(\.brill)).subtracting(["-"]).sorted()
        let setCode = Dictionary(uniqueKeysWithValues: sets.enumerated().map { ($1, UInt64($0 + 1)) })
        let brillCode = Dictionary(uniqueKeysWithValues: brills.enumerated().map { ($1, UInt64($0 + 1)) })
        var entries: [UInt64: UInt64] = [:]
        entries.reserveCapacity(rows.count)
        for row in rows {
            entries[FeatureHash.bytes(row.word)] = (setCode[row.set] ?? 0) << 16 | (brillCode[row.brill] ?? 0)
        }
        self.init(entries: entries, tagSets: sets, brillTags: brills)
    }
}
