/// Splits text into ``ActorToken``s by scanning UTF-8 bytes once, building no strings.
///
/// Rules: a word starts with a letter or digit and goes on through letters and digits, through
/// a hyphen or apostrophe followed by a letter or digit (`Jong-un`, `39-year-old`, `O'Brien`),
/// except that a final `'s` becomes a token of its own (`Japan` `'s`). A single letter or a
/// known abbreviation takes its period (`U.S.`, `N.`, `Mr.`, `Gen.`). Everything else is a
/// one-character punctuation token. Non-ASCII scalars count as letters, except typographic
/// quotes, dashes and spaces. Typographic apostrophes, quotes and dashes are hashed as their
/// ASCII forms, so `O’Brien` and `O'Brien` are the same token.
struct ActorTokenizer {
    static let abbreviations: HashTable64<Bool> = {
        var table = HashTable64<Bool>(capacity: 64)
        for word in [
            "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "St", "Adm",
            "Maj", "Capt", "Sgt", "Jr", "Sr", "Amb", "No", "Mt", "Ft", "Pres", "Dept", "Corp", "Inc",
            "Co", "Ltd", "vs", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Brig", "Cmdr",
        ] {
            table.update(PhraseHash.token(word.utf8, lowered: false), default: true) { _ in }
        }
        return table
    }()

    static let possessiveHash = TokenLiteral.possessive.hash
    /// No word classes: for tokenizing the tables' phrases.
    static let noClasses = HashTable64<WordClass>()

    /// Tokenizes `text`, without word classes (the tables' phrases).
    static func tokenize(_ text: String) -> [ActorToken] {
        tokenize(bytes: Array(text.utf8))
    }

    /// Tokenizes UTF-8 bytes; with `classes`, each token gets the word classes of its
    /// lower-cased text.
    ///
    /// Tokens are written straight into the result's storage (an array's append checks its
    /// buffer at every call). Running text has about one token per five bytes; a first pass
    /// gets room for one per four, and a text denser than that (a list of initials, a table
    /// of numbers) is read again with room for one per byte, which no text exceeds.
    static func tokenize(bytes array: [UInt8], classes: HashTable64<WordClass>? = nil) -> [ActorToken] {
        array.withUnsafeBufferPointer { buffer in
            var tokens: [ActorToken] = []
            for capacity in [min(buffer.count + 1, buffer.count / 4 + 64), buffer.count + 1] {
                var complete = false
                tokens = [ActorToken](unsafeUninitializedCapacity: capacity) { out, count in
                    var tokenizer = ActorTokenizer(bytes: buffer, classes: classes ?? noClasses,
                                                   out: out.baseAddress!, capacity: capacity)
                    tokenizer.run()
                    complete = !tokenizer.full
                    count = tokenizer.count
                }
                if complete || capacity > buffer.count { break }
            }
            return tokens
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let classes: HashTable64<WordClass>
    /// ``WordByte`` bits of every byte value.
    let byteClasses = WordByte.table.pointer
    /// Where tokens are written, how many there are, and how many fit.
    let out: UnsafeMutablePointer<ActorToken>
    var count = 0
    let capacity: Int
    /// Set when a token did not fit: the text is read again with more room.
    var full = false
    /// The byte being read, and its scalar offset.
    var i = 0
    var scalar = 0
    var sentenceStart = true
    var lineStart = true
    var inQuote = false

    private init(bytes: UnsafeBufferPointer<UInt8>, classes: HashTable64<WordClass>,
                 out: UnsafeMutablePointer<ActorToken>, capacity: Int) {
        self.bytes = bytes
        self.classes = classes
        self.out = out
        self.capacity = capacity
    }

    @inline(__always)
    mutating func append(_ token: ActorToken) {
        guard count < capacity else { full = true; return }
        (out + count).initialize(to: token)
        count += 1
    }

    private mutating func run() {
        let n = bytes.count
        while i < n && !full {
            let b = bytes[i]
            // Whitespace.
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; scalar += 1; continue }
            if b == 0x0A {
                lineStart = true; sentenceStart = true; inQuote = false
                i += 1; scalar += 1; continue
            }
            if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 { i += 2; scalar += 1; continue }
            if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0x8B || bytes[i + 2] == 0xAF) {
                i += 3; scalar += 1; continue
            }
            if isWordStart(i) {
                readWord()
                // Only an apostrophe (`'` or the first byte of `’`) can start a possessive.
                if i < n && (bytes[i] == 0x27 || bytes[i] == 0xE2) { appendPossessive() }
            } else {
                readPunctuation()
            }
        }
    }

    @inline(__always)
    func flags(capitalized: Bool = false, allCaps: Bool = false) -> ActorToken.Flags {
        // `Flags(rawValue: 0)`, not `[]`: the optimizer kept the empty array literal of an
        // option set as an array allocated and freed for every token.
        var f = ActorToken.Flags(rawValue: 0)
        if capitalized { f.insert(.capitalized) }
        if allCaps { f.insert(.allCaps) }
        if sentenceStart { f.insert(.startsSentence) }
        if lineStart { f.insert(.startsLine) }
        if inQuote { f.insert(.inQuote) }
        return f
    }

    @inline(__always)
    func wordClasses(_ hash: UInt64) -> WordClass {
        classes.find(hash) ?? WordClass(rawValue: 0)
    }

    /// A possessive 's directly after a word is a token of its own.
    private mutating func appendPossessive() {
        let n = bytes.count
        let ap = i < n ? apostropheLength(at: i) : 0
        guard ap > 0, i + ap < n, bytes[i + ap] == 0x73 || bytes[i + ap] == 0x53,
              i + ap + 1 >= n || !isWordStart(i + ap + 1) else { return }
        let h = Self.possessiveHash
        append(ActorToken(
            kind: .punctuation, flags: inQuote ? .inQuote : ActorToken.Flags(rawValue: 0), length: 2, start: scalar, end: scalar + 2,
            byteStart: i, byteEnd: i + ap + 1, classes: wordClasses(h), exactHash: h, lowerHash: h))
        i += ap + 1
        scalar += 2
    }

    /// One punctuation scalar; typographic quotes and dashes count as their ASCII forms.
    private mutating func readPunctuation() {
        let n = bytes.count
        let b = bytes[i]
        let len = Self.scalarLength(b)
        var hash = PhraseHash.token(UnsafeBufferPointer(rebasing: bytes[i..<min(n, i + len)]), lowered: false)
        var length = len
        var normalized = false
        var isQuote = b == 0x22
        if b == 0xE2 && len == 3 && i + 2 < n && bytes[i + 1] == 0x80 {
            var ascii: UInt8 = 0
            switch bytes[i + 2] {
            case 0x9C, 0x9D: ascii = 0x22; isQuote = true
            case 0x98, 0x99: ascii = 0x27
            case 0x93, 0x94: ascii = 0x2D
            default: break
            }
            if ascii != 0 {
                hash = PhraseHash.token(CollectionOfOne(ascii), lowered: false)
                length = 1
                normalized = true
            }
        }
        if isQuote { inQuote.toggle() }
        var f = flags()
        if normalized { f.insert(.normalized) }
        append(ActorToken(
            kind: .punctuation, flags: f, length: Int32(length), start: scalar, end: scalar + 1,
            byteStart: i, byteEnd: i + len, classes: wordClasses(hash), exactHash: hash, lowerHash: hash))
        lineStart = false
        if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B {
            sentenceStart = b != 0x3B
        } else if !(isQuote || b == 0x28 || b == 0x29) {
            sentenceStart = false
        }
        i += len
        scalar += 1
    }
}
