/// A growable buffer of tokens for the tokenizer's inner loop.
///
/// `Array.append` checks uniqueness and capacity through the runtime on every call; with a
/// token every five bytes of text that shows in profiles. The scanner owns this buffer
/// (it is non-copyable) and hands the tokens over as an `Array` once, at the end.
struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    /// The number of tokens appended.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` tokens before it grows.
    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Appends a token, doubling the storage when it is full.
    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// The last token, if any.
    var last: Token? { count > 0 ? base[count - 1] : nil }

    /// Moves the end of the last token to `end` (an extender joined it).
    mutating func extendLast(to end: Int) {
        precondition(count > 0, "no token to extend")
        base[count - 1].bytes = base[count - 1].bytes.lowerBound..<end
    }

    /// Calls `body` with the tokens in place.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The tokens as an array.
    func array() -> [Token] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}
