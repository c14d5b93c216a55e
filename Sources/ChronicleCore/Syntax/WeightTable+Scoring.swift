extension WeightTable {
    /// Adds the weights of `features` to `scores` (``classCount`` floats, zeroed by the caller).
    ///
    /// Three phases, because scoring is memory-bound (about one cache miss per rare feature):
    /// first every feature's home slot is loaded without branching, so that the processor
    /// overlaps the misses; then each feature's slot is found (and the start of a long run
    /// loaded); then the weights are added feature by feature, in the given order, so the
    /// sums are the same floats as a plain loop would give.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { found in
            let slots = self.slots.pointer, overflow = self.overflow.pointer, dense = self.dense.pointer
            let homes = self.homes, unit = Self.unit(scale), classCount = self.classCount
            var touched: UInt32 = 0
            for f in features { touched &+= slots[4 * Self.home(f, homes)] }
            var count = 0
            for f in features {
                var slot = Self.home(f, homes)
                while true {
                    let key = slots[4 * slot]
                    if key == f {
                        found[count] = 4 * slot
                        count += 1
                        let header = slots[4 * slot + 1]
                        if header & 0xFF > Self.inlineEntries {
                            touched &+= header & Self.denseFlag != 0
                                ? dense[Int(slots[4 * slot + 3])].bitPattern : overflow[Int(slots[4 * slot + 2])]
                        }
                        break
                    }
                    if key == 0 { break }
                    slot += 1
                }
            }
            // Never true (keys are never 0); keeps the loads above from being dropped.
            if touched == 0 && count > features.count { scores[0] += 0 }
            for k in 0 ..< count {
                let s = found[k]
                let header = slots[s + 1]
                if header & 0xFF > Self.inlineEntries && header & Self.denseFlag != 0 {
                    let row = dense + Int(slots[s + 3])
                    for c in 0 ..< classCount { scores[c] += row[c] }
                } else if header & 0xFF > Self.inlineEntries {
                    let run = overflow + Int(slots[s + 2])
                    for i in 0 ..< Int(header & 0xFF) {
                        let e = run[i]
                        scores[Self.packedClass(e)] += Self.packedWeight(e, unit)
                    }
                } else {
                    let entries = header & 0xFF
                    if entries > 0 { scores[Int((header >> 8) & 0xFF)] += Self.weight(Self.firstEntry(header), unit) }
                    if entries > 1 { scores[Self.packedClass(slots[s + 2])] += Self.packedWeight(slots[s + 2], unit) }
                    if entries > 2 { scores[Self.packedClass(slots[s + 3])] += Self.packedWeight(slots[s + 3], unit) }
                }
            }
        }
    }

    /// Every feature with its entries (`class << 16 | half`), in increasing key order.
    func sortedEntries() -> [(key: UInt32, entries: [UInt32])] {
        var result: [(key: UInt32, entries: [UInt32])] = []
        result.reserveCapacity(size.features)
        let slots = self.slots.pointer, overflow = self.overflow.pointer
        for s in stride(from: 0, to: self.slots.count, by: 4) where slots[s] != 0 {
            let header = slots[s + 1]
            let count = Int(header & 0xFF)
            if count > Int(Self.inlineEntries) {
                let start = Int(slots[s + 2])
                result.append((slots[s], UnsafeBufferPointer(start: overflow + start, count: count).map(Self.unpacked)))
            } else {
                let entries = [Self.firstEntry(header), Self.unpacked(slots[s + 2]), Self.unpacked(slots[s + 3])]
                result.append((slots[s], Array(entries.prefix(count))))
            }
        }
        result.sort { $0.key < $1.key }
        return result
    }
}
