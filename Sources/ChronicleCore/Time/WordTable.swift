/// A hash table from ``WordKey`` to word id with open addressing and a multiplicative hash:
/// looking up every word of a text is the tokenizer's hottest step, and `Dictionary`'s SipHash
/// costs more than the rest of it.
struct WordTable: Sendable {
    private var keys: [WordKey]
    private var ids: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: WordKey.empty, count: size)
        ids = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: WordKey) -> Int {
        let h = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (h ^ (h >> 29))) & mask
    }

    /// The id stored for `key`, or nil.
    @inline(__always) subscript(key: WordKey) -> Int32? {
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return ids[i] }
            if k == WordKey.empty { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `id` for `key`.
    mutating func insert(_ key: WordKey, _ id: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = slot(key)
        while keys[i] != WordKey.empty && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == WordKey.empty { count += 1 }
        keys[i] = key
        ids[i] = id
    }

    private mutating func grow() {
        var bigger = WordTable(capacity: keys.count)
        for (k, id) in zip(keys, ids) where k != WordKey.empty { bigger.insert(k, id) }
        self = bigger
    }
}
