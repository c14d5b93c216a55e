import Foundation

/// The abbreviations that keep their period, and the words that open a sentence after one.
///
/// Both lists are resources (`Resources/text/abbreviations.tsv` and
/// `Resources/text/sentence-starters.txt`) so that a linguist can edit them; the sentence corpus
/// in the tests shows what each entry does.
public struct AbbreviationTable: Sendable {
    /// How an abbreviation behaves at a possible sentence end.
    public enum Kind: String, Sendable {
        /// Precedes a name and never ends a sentence (`Mr.`, `Gen.`).
        case title
        /// Ends a sentence only before a typical sentence opener (`Inc.`, `U.S.`).
        case general
        /// A month (`Oct.`); a number after it never starts a sentence.
        case month
    }

    private let kinds: [[UInt8]: Kind]
    private let starters: Set<[UInt8]>

    /// Creates a table from explicit lists.
    public init(kinds: [String: Kind], sentenceStarters: Set<String>) {
        var table = [[UInt8]: Kind]()
        for (word, kind) in kinds { table[Array(word.utf8)] = kind }
        self.kinds = table
        self.starters = Set(sentenceStarters.map { Array($0.utf8) })
    }

    /// The table shipped in the core engine's resources.
    public static let shipped: AbbreviationTable = {
        var kinds = [String: Kind]()
        for line in ResourceFile.lines("abbreviations", extension: "tsv", subdirectory: "text") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let kind = Kind(rawValue: String(fields[1])) else { continue }
            kinds[String(fields[0])] = kind
        }
        let starters = Set(ResourceFile.lines("sentence-starters", extension: "txt", subdirectory: "text"))
        return AbbreviationTable(kinds: kinds, sentenceStarters: starters)
    }()

    /// The kind of a word (without its period), if it is a listed abbreviation.
    public func kind(of word: ArraySlice<UInt8>) -> Kind? { kinds[Array(word)] }

    /// Whether the tokenizer keeps the period after `word`: a listed abbreviation, or a
    /// single capital letter (an initial, `J. Smith`).
    func keepsPeriod(_ word: ArraySlice<UInt8>) -> Bool {
        if word.count == 1, let b = word.first, ByteClass.isUpper(b) { return true }
        return kinds[Array(word)] != nil
    }

    /// Whether `word` typically opens a sentence.
    public func isSentenceStarter(_ word: ArraySlice<UInt8>) -> Bool { starters.contains(Array(word)) }
}
