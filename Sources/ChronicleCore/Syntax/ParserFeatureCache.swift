/// The parser's feature keys for one sentence, with the keys that depend on a single word
/// hashed once per word instead of once per decision.
///
/// About 40 of the ~97 feature keys of a decision depend on one position only (the stack top's
/// word, the buffer front with its two successors, the head and children of either) or on a
/// label only; this cache computes those per position when the sentence starts, and
/// ``features(_:into:)`` writes exactly the keys of ``DependencyParser/features(_:_:_:_:into:)``
/// in the same order, hashing only the combinations of several positions.
///
/// ```swift
/// let cache = ParserFeatureCache(words: words, tags: tags, coarse: coarse, clusters: nil, labelKeys: keys)
/// let count = cache.features(state, into: buffer)
/// ```
struct ParserFeatureCache {
    /// The number of words; position `n` is the root node, -1 stands for none.
    let n: Int
    /// Whether the UPOS templates are used (the model's ``DependencyParser/usesCoarseTags``).
    let usesCoarse: Bool
    /// Whether the word-cluster templates are used (the model's ``DependencyParser/usesClusters``).
    let usesClusters: Bool
    /// Word, tag, coarse tag and word-with-tag values of positions -1...n, at `position + 1`.
    private let w: [UInt64], p: [UInt64], c: [UInt64], wp: [UInt64]
    /// Cluster values of positions -1...n at `position + 1`: the whole path, its 4- and 6-step
    /// prefixes (empty without clusters).
    private let cl: [UInt64], cl4: [UInt64], cl6: [UInt64]
    /// ``roles`` keys per position (-1...n at `position + 1`), see ``Role``.
    private let keys: [UInt32]
    /// The keys of the label templates for each label (`label + 1`; 0 for no label).
    private let labelKeys: [UInt32]

    /// The single-position keys, in their order in ``keys``.
    enum Role: Int {
        case s0w, s0p, s0wp, s0c
        case n0w, n0p, n0wp, n1w, n1p, n1wp, n2w, n2p, n01p, n012p, n01w, n0c, n012c
        case s1w, s1p, hw, hp, lw, lp, rw, rp, n0lw, n0lp, h2w, h2p, l2w, l2p, r2w, r2p, n0l2w, n0l2p
        case s0f, n0f, n1f
    }
    static let roles = 38

    /// The label templates, in the order of ``labelKeys``' blocks.
    static let labelTemplates: [UInt64] = [46, 49, 52, 55, 60, 63, 66]

    /// The keys of the label templates for `labelCount` labels (block per template).
    static func labelKeys(labelCount: Int) -> [UInt32] {
        labelTemplates.flatMap { t in
            (-1 ..< labelCount).map { FeatureHash.key(t, $0 < 0 ? DependencyParser.noLabel : UInt64($0)) }
        }
    }

    /// The key of the bias template.
    static let bias = FeatureHash.key(1, 0)

    /// Precomputes the values and single-position keys of a sentence.
    /// `clusters` gives each word's cluster value (``WordClusters/values(ofWordKeys:)``) for
    /// models with cluster features, nil for others.
    init(words: [UInt64], tags: [UInt64], coarse: [UInt64]?, clusters: [UInt64]? = nil, labelKeys: [UInt32]) {
        let n = words.count
        self.n = n
        usesCoarse = coarse != nil
        usesClusters = clusters != nil
        self.labelKeys = labelKeys
        @inline(__always) func value(_ a: [UInt64]?, _ i: Int) -> UInt64 {
            i < 0 ? DependencyParser.none : (i == n ? DependencyParser.rootNode : a![i])
        }
        let w = (-1 ... n).map { value(words, $0) }
        let p = (-1 ... n).map { value(tags, $0) }
        let c = coarse.map { coarse in (-1 ... n).map { value(coarse, $0) } } ?? [UInt64](repeating: 0, count: n + 2)
        let wp = (0 ..< n + 2).map { w[$0] &* 31 ^ p[$0] }
        let cl = clusters.map { clusters in (-1 ... n).map { value(clusters, $0) } } ?? []
        // Prefixes of the words' paths; none and the root node stay themselves.
        @inline(__always) func prefixes(_ steps: Int) -> [UInt64] {
            clusters == nil ? [] : (-1 ... n).map { x in
                x < 0 || x == n ? cl[x + 1] : UInt64(WordClusters.prefix(UInt32(truncatingIfNeeded: cl[x + 1]), steps))
            }
        }
        let cl4 = prefixes(4), cl6 = prefixes(6)
        var keys = [UInt32](repeating: 0, count: Self.roles * (n + 2))
        for x in -1 ... n {
            let i = x + 1, base = Self.roles * i
            // Successors of a buffer front at x (-1 past the root node).
            let j1 = x + 1 <= n ? x + 2 : 0, j2 = x + 2 <= n ? x + 3 : 0
            @inline(__always) func set(_ r: Role, _ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ cc: UInt64 = 0) {
                keys[base + r.rawValue] = FeatureHash.key(t, a, b, cc)
            }
            set(.s0w, 2, w[i]); set(.s0p, 3, p[i]); set(.s0wp, 4, wp[i]); set(.s0c, 83, c[i])
            set(.n0w, 5, w[i]); set(.n0p, 6, p[i]); set(.n0wp, 7, wp[i])
            set(.n1w, 8, w[j1]); set(.n1p, 9, p[j1]); set(.n1wp, 10, wp[j1])
            set(.n2w, 11, w[j2]); set(.n2p, 12, p[j2])
            set(.n01p, 22, p[i], p[j1]); set(.n012p, 24, p[i], p[j1], p[j2]); set(.n01w, 82, w[i], w[j1])
            set(.n0c, 84, c[i]); set(.n012c, 89, c[i], c[j1], c[j2])
            set(.s1w, 13, w[i]); set(.s1p, 14, p[i])
            set(.hw, 44, w[i]); set(.hp, 45, p[i]); set(.lw, 47, w[i]); set(.lp, 48, p[i])
            set(.rw, 50, w[i]); set(.rp, 51, p[i]); set(.n0lw, 53, w[i]); set(.n0lp, 54, p[i])
            set(.h2w, 56, w[i]); set(.h2p, 57, p[i]); set(.l2w, 58, w[i]); set(.l2p, 59, p[i])
            set(.r2w, 61, w[i]); set(.r2p, 62, p[i]); set(.n0l2w, 64, w[i]); set(.n0l2p, 65, p[i])
            if clusters != nil { set(.s0f, 98, cl[i]); set(.n0f, 99, cl[i]); set(.n1f, 100, cl[j1]) }
        }
        (self.w, self.p, self.c, self.wp, self.keys) = (w, p, c, wp, keys)
        (self.cl, self.cl4, self.cl6) = (cl, cl4, cl6)
    }

    /// Writes the feature keys of `st` into `out` (room for
    /// ``DependencyParser/featureCapacity``) and returns how many there are.
    func features(_ st: ArcEagerState, into out: UnsafeMutablePointer<UInt32>) -> Int {
        let x = ArcEagerState.Positions(st)
        let (s0, s1, n0, n1) = (x.s0, x.s1, x.n0, x.n1)
        let (s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2) = (x.s0h, x.s0h2, x.s0l, x.s0l2, x.s0r, x.s0r2, x.n0l, x.n0l2)
        let labelCount = labelKeys.count / Self.labelTemplates.count

        return w.withUnsafeBufferPointer { w in p.withUnsafeBufferPointer { p in
            c.withUnsafeBufferPointer { c in keys.withUnsafeBufferPointer { keys in
            cl.withUnsafeBufferPointer { cl in cl4.withUnsafeBufferPointer { cl4 in cl6.withUnsafeBufferPointer { cl6 in
            labelKeys.withUnsafeBufferPointer { labelKeys in
            st.labels.withUnsafeBufferPointer { stLabels in
                // Positions are read at `position + 1`.
                @inline(__always) func key(_ x: Int, _ r: Role) -> UInt32 { keys[Self.roles * (x + 1) + r.rawValue] }
                @inline(__always) func labelNumber(_ i: Int) -> Int { i < 0 ? 0 : stLabels[i] + 1 }
                @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 || stLabels[i] < 0 ? DependencyParser.noLabel : UInt64(stLabels[i]) }
                @inline(__always) func labelKey(_ block: Int, _ i: Int) -> UInt32 { labelKeys[block * labelCount + labelNumber(i)] }

                let s0w = w[s0 + 1], s0p = p[s0 + 1], n0w = w[n0 + 1], n0p = p[n0 + 1]
                let n1p = p[n1 + 1], s1p = p[s1 + 1]
                let s0wp = wp[s0 + 1], n0wp = wp[n0 + 1]
                let s0hp = p[s0h + 1], s0lp = p[s0l + 1], s0rp = p[s0r + 1], n0lp = p[n0l + 1]
                let (dist, s0vl, s0vr, n0vl) = (x.dist, x.s0vl, x.s0vr, x.n0vl)
                let (s0ll, s0rl, n0ll) = (x.s0ll, x.s0rl, x.n0ll)

                var k = 0
                @inline(__always) func put(_ key: UInt32) { out[k] = key; k += 1 }
                @inline(__always) func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
                    put(FeatureHash.key(t, a, b, c))
                }
                put(Self.bias)
                put(key(s0, .s0w)); put(key(s0, .s0p)); put(key(s0, .s0wp))
                put(key(n0, .n0w)); put(key(n0, .n0p)); put(key(n0, .n0wp))
                put(key(n0, .n1w)); put(key(n0, .n1p)); put(key(n0, .n1wp))
                put(key(n0, .n2w)); put(key(n0, .n2p))
                put(key(s1, .s1w)); put(key(s1, .s1p))
                add(15, s0wp, n0wp); add(16, s0wp, n0w); add(17, s0w, n0wp)
                add(18, s0wp, n0p); add(19, s0p, n0wp); add(20, s0w, n0w)
                add(21, s0p, n0p); put(key(n0, .n01p)); add(23, s1p, s0p)
                put(key(n0, .n012p)); add(25, s0p, n0p, n1p)
                add(26, s0hp, s0p, n0p); add(27, s0p, s0lp, n0p)
                add(28, s0p, s0rp, n0p); add(29, s0p, n0p, n0lp)
                add(30, s1p, s0p, n0p); add(31, s0w, n0p, n1p)
                add(32, s0w, dist); add(33, s0p, dist); add(34, n0w, dist); add(35, n0p, dist)
                add(36, s0w, n0w, dist); add(37, s0p, n0p, dist)
                add(38, s0w, s0vr); add(39, s0p, s0vr); add(40, s0w, s0vl); add(41, s0p, s0vl)
                add(42, n0w, n0vl); add(43, n0p, n0vl)
                put(key(s0h, .hw)); put(key(s0h, .hp)); put(labelKey(0, s0))
                put(key(s0l, .lw)); put(key(s0l, .lp)); put(labelKey(1, s0l))
                put(key(s0r, .rw)); put(key(s0r, .rp)); put(labelKey(2, s0r))
                put(key(n0l, .n0lw)); put(key(n0l, .n0lp)); put(labelKey(3, n0l))
                put(key(s0h2, .h2w)); put(key(s0h2, .h2p))
                put(key(s0l2, .l2w)); put(key(s0l2, .l2p)); put(labelKey(4, s0l2))
                put(key(s0r2, .r2w)); put(key(s0r2, .r2p)); put(labelKey(5, s0r2))
                put(key(n0l2, .n0l2w)); put(key(n0l2, .n0l2p)); put(labelKey(6, n0l2))
                add(67, s0p, s0lp, p[s0l2 + 1]); add(68, s0p, s0rp, p[s0r2 + 1])
                add(69, s0p, s0hp, p[s0h2 + 1]); add(70, n0p, n0lp, p[n0l2 + 1])
                add(71, s0w, s0rl); add(72, s0p, s0rl); add(73, s0w, s0ll); add(74, s0p, s0ll)
                add(75, n0w, n0ll); add(76, n0p, n0ll)
                add(77, s0p, l(s0), n0p); add(78, s0p, l(s0l), n0p); add(79, s0p, l(s0r), n0p)
                add(80, n0p, l(n0l), s0p); add(81, s0wp, n1p); put(key(n0, .n01w))
                if usesCoarse {
                    let s0c = c[s0 + 1], n0c = c[n0 + 1], n1c = c[n1 + 1]
                    put(key(s0, .s0c)); put(key(n0, .n0c)); add(85, s0c, n0c); add(86, s0c, n0c, n1c)
                    add(87, c[s0h + 1], s0c, n0c); add(88, c[s1 + 1], s0c, n0c); put(key(n0, .n012c))
                    add(90, s0w, n0c); add(91, s0c, n0w); add(92, s0c, n0c, dist)
                    add(93, s0c, c[s0l + 1], n0c); add(94, s0c, c[s0r + 1], n0c)
                    add(95, s0c, s0vl, s0vr); add(96, n0c, n0vl, s0c); add(97, s0c, l(s0l), l(s0r))
                }
                if usesClusters {
                    let s0c = c[s0 + 1], n0c = c[n0 + 1]
                    let s0f = cl[s0 + 1], n0f = cl[n0 + 1]
                    let s04 = cl4[s0 + 1], n04 = cl4[n0 + 1], s06 = cl6[s0 + 1], n06 = cl6[n0 + 1]
                    put(key(s0, .s0f)); put(key(n0, .n0f)); put(key(n0, .n1f))
                    add(101, s04, n04); add(102, s06, n06); add(103, s0f, n0c); add(104, s0c, n0f)
                    add(105, s04, n04, cl4[n1 + 1]); add(106, cl6[s0h + 1], s0c, n0c); add(107, cl4[s1 + 1], s04, n04)
                    add(108, s0f, n0w); add(109, s0w, n0f)
                }
                return k
            } } } } } } } } }
    }
}
