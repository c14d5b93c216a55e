/// A small open-addressing map from non-zero 64-bit keys (``PhraseHash`` values) to indices,
/// for what one document learns: the people met, by name and by surname.
///
/// A `Dictionary` hashes every key again with SipHash and grows from one slot; a pass looks a
/// name up at most capitalized words and remembers a few dozen people, so the keys (already
/// hashes) are mixed once and the table starts with room for them.
///
/// ```swift
/// var byName = KeyIndexMap()
/// byName[DocumentFocus.key("Taro Kono")] = 0
/// byName[DocumentFocus.key("Taro Kono")]   // 0
/// ```
struct KeyIndexMap {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        let x = (key ^ (key >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return Int(truncatingIfNeeded: x ^ (x >> 32)) & mask
    }

    /// The index stored for `key`; setting stores or replaces it (nil values are not stored).
    subscript(key: UInt64) -> Int? {
        get {
            let k = key == 0 ? 1 : key
            var i = slot(k)
            while true {
                let found = keys[i]
                if found == k { return Int(values[i]) }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            let k = key == 0 ? 1 : key
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
            values[i] = Int32(truncatingIfNeeded: newValue)
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { self[k] = Int(v) }
    }
}
