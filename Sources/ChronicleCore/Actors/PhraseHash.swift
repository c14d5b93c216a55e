/// 64-bit FNV-1a hashes of tokens and token sequences, so that the gazetteer is looked up with
/// integer keys instead of building and hashing phrase strings. With some 30,000 phrases a
/// collision of two 64-bit hashes is not a practical concern.
enum PhraseHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of a token's text; `lowered` folds ASCII capitals first.
    @inline(__always)
    static func token<S: Sequence>(_ bytes: S, lowered: Bool) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes {
            let c = lowered && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            h = (h ^ UInt64(c)) &* prime
        }
        return h == 0 ? 1 : h
    }

    /// The hash `h` of some bytes extended by one more byte: ``token(_:lowered:)`` computed
    /// while scanning.
    @inline(__always)
    static func step(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(b)) &* prime
    }

    /// The hash of a sequence extended by one more token.
    @inline(__always)
    static func extend(_ h: UInt64, _ token: UInt64) -> UInt64 {
        var x = (h ^ 0x9e37_79b9_7f4a_7c15) &* prime
        x = (x ^ token) &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 29
        return x == 0 ? 1 : x
    }
}

/// An open-addressing hash table from non-zero 64-bit keys to values: the compiled form of the
/// gazetteer's phrase and word tables, and (unfiltered) the small maps a document pass builds.
struct HashTable64<Value: Sendable>: Sendable {
    /// A key with its value side by side: a probe reads one cache line, not two.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0
    /// One bit per key's top bits (2^18 bits, 32 KB), checked before the table: most words of
    /// running text are in no table, and the bit test stays in cache where the table does not.
    /// Empty in an unfiltered table.
    private var filter: [UInt64]

    /// A table with room for `capacity` keys before it grows; `filtered: false` leaves out the
    /// 32 KB filter, for small tables made per document whose look-ups mostly succeed.
    init(capacity: Int = 16, filtered: Bool = true) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: nil), count: size)
        mask = size - 1
        filter = filtered ? [UInt64](repeating: 0, count: 1 << 12) : []
    }

    @inline(__always)
    private static func filterBit(_ key: UInt64) -> (Int, UInt64) {
        let b = Int(truncatingIfNeeded: key >> 46)  // 18 bits
        return (b >> 6, 1 << UInt64(b & 63))
    }

    @inline(__always)
    func find(_ key: UInt64) -> Value? {
        if !filter.isEmpty {
            let (word, bit) = Self.filterBit(key)
            if filter[word] & bit == 0 { return nil }
        }
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while true {
                let k = slots[i].key
                if k == key { return slots[i].value }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { find(key) != nil }

    /// Sets the value of `key`, or merges it with the value already there.
    mutating func update(_ key: UInt64, default value: Value, _ merge: (inout Value) -> Void) {
        if count * 2 >= slots.count { grow() }
        var i = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while true {
            if slots[i].key == key {
                merge(&slots[i].value!)
                return
            }
            if slots[i].key == 0 {
                if !filter.isEmpty {
                    let (word, bit) = Self.filterBit(key)
                    filter[word] |= bit
                }
                var v = value
                merge(&v)
                slots[i] = Slot(key: key, value: v)
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// The same keys with their values transformed (the lexicon's item lists become
    /// ``LexItems`` once every phrase is in).
    func mapValues<T: Sendable>(_ transform: (Value) -> T) -> HashTable64<T> {
        var result = HashTable64<T>()
        result.slots = slots.map { HashTable64<T>.Slot(key: $0.key, value: $0.value.map(transform)) }
        result.mask = mask
        result.count = count
        result.filter = filter
        return result
    }

    /// Calls `body` with every key and value.
    func forEach(_ body: (UInt64, Value) -> Void) {
        for slot in slots where slot.key != 0 { body(slot.key, slot.value!) }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, value: nil), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != 0 {
            update(slot.key, default: slot.value!) { _ in }
        }
    }
}
