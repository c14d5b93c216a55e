import Foundation

/// One syntactic word of a CoNLL-U sentence (a line whose ID is an integer).
public struct CoNLLUWord: Sendable, Hashable {
    /// FORM.
    public var form: String
    /// LEMMA.
    public var lemma: String
    /// UPOS.
    public var upos: String
    /// XPOS.
    public var xpos: String
    /// FEATS (`_` when absent).
    public var feats: String
    /// HEAD as in the file: 1-based, 0 for the root.
    public var head: Int
    /// DEPREL.
    public var deprel: String
    /// DEPS (enhanced dependencies, `_` when absent).
    public var deps: String
    /// MISC (`_` when absent).
    public var misc: String

    /// Creates a word.
    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_",
                feats: String = "_", head: Int = 0, deprel: String = "_", deps: String = "_",
                misc: String = "_") {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }
}

/// A multiword token line (`1-2  don't`) kept so that writing reproduces the file.
public struct CoNLLURange: Sendable, Hashable {
    /// The first word ID (1-based).
    public var first: Int
    /// The last word ID (1-based, inclusive).
    public var last: Int
    /// The surface form.
    public var form: String
    /// MISC of the range line.
    public var misc: String
}

/// A sentence of a CoNLL-U file: comments, multiword ranges and the syntactic words.
///
/// Empty nodes (`8.1`) of enhanced UD are skipped: Chronicle's basic trees do not use them.
///
/// ```swift
/// let sentences = try CoNLLU.read(contentsOf: URL(fileURLWithPath: "en_ewt-ud-dev.conllu"))
/// print(CoNLLU.write(sentences))
/// ```
public struct CoNLLUSentence: Sendable, Hashable {
    /// Comment lines without the leading `# `... kept verbatim, including the `#`.
    public var comments: [String]
    /// Multiword token lines.
    public var ranges: [CoNLLURange]
    /// The syntactic words.
    public var words: [CoNLLUWord]

    /// Creates a sentence.
    public init(comments: [String] = [], ranges: [CoNLLURange] = [], words: [CoNLLUWord]) {
        self.comments = comments
        self.ranges = ranges
        self.words = words
    }

    /// The word forms.
    public var forms: [String] { words.map(\.form) }

    /// Whether some arc crosses another (the tree cannot be built by a projective parser).
    public var isProjective: Bool {
        let heads = words.map { $0.head - 1 }
        return DependencyTree.isProjective(heads: heads)
    }
}

/// Reading and writing the CoNLL-U format of Universal Dependencies.
public enum CoNLLU {
    /// Reads all sentences of a CoNLL-U file.
    ///
    /// - Throws: ``SyntaxError`` naming the file and line when a word line is malformed.
    public static func read(contentsOf url: URL) throws -> [CoNLLUSentence] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw SyntaxError(code: .unreadableFile, message: "cannot read \(url.path)", cause: error)
        }
        return try parse(text, source: url.path)
    }

    /// Parses CoNLL-U text.
    ///
    /// - Parameters:
    ///   - text: The file contents.
    ///   - source: A name for error messages.
    public static func parse(_ text: String, source: String = "input") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [])
        var lineNumber = 0
        func flush() {
            if !current.words.isEmpty || !current.comments.isEmpty { sentences.append(current) }
            current = CoNLLUSentence(words: [])
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                current.comments.append(String(line))
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw SyntaxError(code: .malformedCoNLLU,
                                  message: "\(source):\(lineNumber): expected 10 tab-separated fields, found \(fields.count)")
            }
            let id = fields[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) else {
                    throw SyntaxError(code: .malformedCoNLLU, message: "\(source):\(lineNumber): bad range ID \(id)")
                }
                current.ranges.append(CoNLLURange(first: first, last: last, form: String(fields[1]),
                                                  misc: String(fields[9])))
                continue
            }
            guard let number = Int(id), number == current.words.count + 1 else {
                throw SyntaxError(code: .malformedCoNLLU, message: "\(source):\(lineNumber): unexpected word ID \(id)")
            }
            let head = Int(fields[6]) ?? 0
            current.words.append(CoNLLUWord(
                form: String(fields[1]), lemma: String(fields[2]), upos: String(fields[3]),
                xpos: String(fields[4]), feats: String(fields[5]), head: head,
                deprel: String(fields[7]), deps: String(fields[8]), misc: String(fields[9])))
        }
        flush()
        return sentences
    }

    /// Writes sentences as CoNLL-U text (each sentence followed by a blank line).
    public static func write(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments { out += comment + "\n" }
            var rangeIndex = 0
            let ranges = sentence.ranges.sorted { $0.first < $1.first }
            for (i, word) in sentence.words.enumerated() {
                while rangeIndex < ranges.count, ranges[rangeIndex].first == i + 1 {
                    let r = ranges[rangeIndex]
                    out += "\(r.first)-\(r.last)\t\(r.form)\t_\t_\t_\t_\t_\t_\t_\t\(r.misc)\n"
                    rangeIndex += 1
                }
                out += "\(i + 1)\t\(word.form)\t\(word.lemma)\t\(word.upos)\t\(word.xpos)\t\(word.feats)\t"
                out += "\(word.head)\t\(word.deprel)\t\(word.deps)\t\(word.misc)\n"
            }
            out += "\n"
        }
        return out
    }
}

extension CoNLLUSentence {
    /// Builds a CoNLL-U sentence from a parse (FEATS, DEPS and MISC left empty).
    public init(_ parsed: ParsedSentence, comments: [String] = []) {
        self.init(comments: comments, words: parsed.tokens.map { token in
            CoNLLUWord(form: token.form, lemma: token.lemma, upos: token.upos, xpos: token.xpos,
                       head: token.head + 1, deprel: token.relation)
        })
    }
}
