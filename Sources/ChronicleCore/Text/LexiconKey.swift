/// A short word packed into two integers: a dictionary key that costs no allocation.
///
/// The text layer looks words up in its lexicons (abbreviations, sentence openers, reporting
/// verbs) while it scans bytes. Building an `Array` or `String` for each look-up would allocate
/// on the hot path; a `LexiconKey` packs up to 16 UTF-8 bytes into two `UInt64`s instead, so a
/// look-up is a hash of three words. Longer words have no key and are never in a lexicon.
///
/// ```swift
/// let key = LexiconKey("Gen")                         // packs 3 bytes
/// // While scanning: the key of bytes[i..<j], "MR" looked up as "Mr".
/// let title = LexiconKey(bytes, i..<j, titlecased: true)
/// ```
struct LexiconKey: Hashable, Sendable {
    /// The longest word a key can hold, in UTF-8 bytes.
    static let capacity = 16

    private let low: UInt64
    private let high: UInt64
    private let count: Int

    /// Packs `bytes[range]`; nil when the word is empty or longer than ``capacity``.
    /// - Parameter titlecased: lowercases every ASCII letter after the first (`MR` -> `Mr`).
    @inline(__always)
    init?(_ bytes: TextBytes, _ range: Range<Int>, titlecased: Bool = false) {
        let n = range.count
        guard n > 0, n <= LexiconKey.capacity else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var k = 0
        for i in range {
            var b = bytes[i]
            if titlecased, k > 0, ByteClass.isUpper(b) { b |= 0x20 }
            if k < 8 {
                low |= UInt64(b) << (8 * UInt64(k))
            } else {
                high |= UInt64(b) << (8 * UInt64(k - 8))
            }
            k += 1
        }
        self.low = low
        self.high = high
        self.count = n
    }

    /// Packs the UTF-8 bytes of `word`; nil when it is empty or too long.
    init?(_ word: String) {
        let utf8 = Array(word.utf8)
        guard let key = utf8.withUnsafeBufferPointer({ LexiconKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
