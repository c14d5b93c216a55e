extension WeightTable {
    /// Adds the weights of `features` to `scores` (``classCount`` floats, zeroed by the caller)
    /// in a faster order than ``score(_:into:)``, and returns a bound on how far each of these
    /// sums may be from the one ``score(_:into:)`` gives.
    ///
    /// What for: the parser's decisions add ~44 dense rows of weights each; here all the
    /// dense rows of a decision are summed first, 32 classes at a time held in registers, and
    /// the other features' weights after them. Floating-point sums in another order may
    /// differ in their last bits, so a caller that needs exactly the decision of
    /// ``score(_:into:)`` checks the returned bound (see ``DependencyParser``): any order of
    /// adding m terms is within γ(m−1)·Σ|wᵢ| of the exact sum (γ(k) = k·u / (1 − k·u), u = 2⁻²⁴),
    /// so the two sums of a class differ by at most twice that, with Σ|wᵢ| at most the sum of
    /// the features' largest weights in magnitude (kept per run and per dense row).
    ///
    /// ```swift
    /// let bound = table.scoreReordered(features, into: scores)
    /// // |scores[c] - exact[c]| <= bound for every class c
    /// ```
    @inline(__always)
    func scoreReordered(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Float>) -> Float {
        // `found` holds the slot word index of each sparse feature found, `rows` the start of
        // each dense row.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * features.count) { buffer in
            let found = buffer.baseAddress!, rows = found + features.count
            let slots = self.slots.pointer, overflow = self.overflow.pointer, dense = self.dense.pointer
            let homes = self.homes, unit = Self.unit(scale), classCount = self.classCount
            var touched: UInt32 = 0
            for f in features { touched &+= slots[4 &* Self.home(f, homes)] }
            var sparse = 0, denseRows = 0
            var magnitude: Float = 0
            for f in features {
                var slot = Self.home(f, homes)
                while true {
                    let key = slots[4 &* slot]
                    if key == f {
                        let header = slots[4 &* slot &+ 1]
                        if header & 0xFF > Self.inlineEntries {
                            if header & Self.denseFlag != 0 {
                                let start = Int(slots[4 &* slot &+ 3])
                                rows[denseRows] = start
                                denseRows &+= 1
                                magnitude += dense[start &+ classCount]
                                break
                            }
                            touched &+= overflow[Int(slots[4 &* slot &+ 2])]
                            magnitude += Float(bitPattern: slots[4 &* slot &+ 3])
                        }
                        found[sparse] = 4 &* slot
                        sparse &+= 1
                        break
                    }
                    if key == 0 { break }
                    slot &+= 1
                }
            }
            // Never true (keys are never 0); keeps the loads above from being dropped.
            if touched == 0 && sparse > features.count { scores[0] += 0 }
            Self.sumRows(UnsafeBufferPointer(start: rows, count: denseRows), of: dense, into: scores, classCount: classCount)
            for k in 0 ..< sparse {
                let s = found[k]
                let header = slots[s &+ 1]
                if header & 0xFF > Self.inlineEntries {
                    let run = overflow + Int(slots[s &+ 2])
                    for i in 0 ..< Int(header & 0xFF) {
                        let e = run[i]
                        scores[Self.packedClass(e)] += Self.packedWeight(e, unit)
                    }
                } else {
                    let entries = header & 0xFF
                    var largest: Float = 0
                    if entries > 0 {
                        let w = Self.weight(Self.firstEntry(header), unit)
                        scores[Int((header >> 8) & 0xFF)] += w
                        largest = abs(w)
                    }
                    if entries > 1 {
                        let w = Self.packedWeight(slots[s &+ 2], unit)
                        scores[Self.packedClass(slots[s &+ 2])] += w
                        largest = max(largest, abs(w))
                    }
                    if entries > 2 {
                        let w = Self.packedWeight(slots[s &+ 3], unit)
                        scores[Self.packedClass(slots[s &+ 3])] += w
                        largest = max(largest, abs(w))
                    }
                    magnitude += largest
                }
            }
            return Self.reorderingBound(terms: features.count, magnitude: magnitude)
        }
    }

    /// How far apart two sums of the same at most `terms` weights, added in different orders,
    /// may be when the weights' magnitudes add up to at most `magnitude`: 2·γ(terms)·magnitude,
    /// with a margin of 1% for the rounding of `magnitude` itself (a sum of at most a few
    /// hundred positive floats).
    static func reorderingBound(terms: Int, magnitude: Float) -> Float {
        let u = 0x1p-24, k = Double(terms)
        let gamma = k * u / (1 - k * u)
        return Float(2 * gamma * Double(magnitude) * 1.01)
    }

    /// Writes the sum of the dense rows starting at `starts` into `scores` (which holds
    /// zeros), 32 classes at a time held in registers.
    @inline(__always)
    static func sumRows(_ starts: UnsafeBufferPointer<Int>, of dense: UnsafeMutablePointer<Float>,
                        into scores: UnsafeMutablePointer<Float>, classCount: Int) {
        guard let first = starts.first else { return }
        let rest = UnsafeBufferPointer(rebasing: starts.dropFirst())
        @inline(__always) func load(_ p: UnsafeMutablePointer<Float>) -> SIMD8<Float> {
            UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
        }
        @inline(__always) func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
            UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Float>.self)
        }
        var c = 0
        while c &+ 32 <= classCount {
            let row = dense + (first &+ c)
            var a = load(row), b = load(row + 8), d = load(row + 16), e = load(row + 24)
            for start in rest {
                let row = dense + (start &+ c)
                a += load(row); b += load(row + 8); d += load(row + 16); e += load(row + 24)
            }
            store(a, scores + c); store(b, scores + (c &+ 8)); store(d, scores + (c &+ 16)); store(e, scores + (c &+ 24))
            c &+= 32
        }
        while c &+ 8 <= classCount {
            var a = load(dense + (first &+ c))
            for start in rest { a += load(dense + (start &+ c)) }
            store(a, scores + c)
            c &+= 8
        }
        while c < classCount {
            var a = dense[first &+ c]
            for start in rest { a += dense[start &+ c] }
            scores[c] = a
            c &+= 1
        }
    }
}
