extension DependencyParser {
    /// Values standing for a missing word, the root node, and a missing label.
    static let none: UInt64 = 0x6e6f6e65
    static let rootNode: UInt64 = 0x726f6f74
    static let noLabel: UInt64 = 0xFFFF

    /// Writes the feature keys of `state` into `out` and returns how many there are.
    /// `clusters` gives each word's cluster (``WordClusters/values(ofWordKeys:)``) for models
    /// with cluster features; their keys come after all others.
    static func features(_ st: ArcEagerState, _ words: [UInt64], _ tags: [UInt64], _ coarse: [UInt64]?,
                         _ clusters: [UInt64]? = nil, into out: inout [UInt32]) -> Int {
        let n = st.n
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 ? none : (i == n ? rootNode : words[i]) }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 ? none : (i == n ? rootNode : tags[i]) }
        @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 || st.labels[i] < 0 ? noLabel : UInt64(st.labels[i]) }

        let x = ArcEagerState.Positions(st)
        let (s0, s1, n0, n1, n2) = (x.s0, x.s1, x.n0, x.n1, x.n2)
        let (s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2) = (x.s0h, x.s0h2, x.s0l, x.s0l2, x.s0r, x.s0r2, x.n0l, x.n0l2)

        let s0w = w(s0), s0p = p(s0), n0w = w(n0), n0p = p(n0)
        let n1w = w(n1), n1p = p(n1), n2w = w(n2), n2p = p(n2)
        let s1w = w(s1), s1p = p(s1)
        let s0wp = s0w &* 31 ^ s0p, n0wp = n0w &* 31 ^ n0p, n1wp = n1w &* 31 ^ n1p
        let (dist, s0vl, s0vr, n0vl) = (x.dist, x.s0vl, x.s0vr, x.n0vl)
        let (s0ll, s0rl, n0ll) = (x.s0ll, x.s0rl, x.n0ll)

        var k = 0
        @inline(__always) func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[k] = FeatureHash.key(t, a, b, c)
            k += 1
        }
        add(1, 0)
        // Single words.
        add(2, s0w); add(3, s0p); add(4, s0wp)
        add(5, n0w); add(6, n0p); add(7, n0wp)
        add(8, n1w); add(9, n1p); add(10, n1wp)
        add(11, n2w); add(12, n2p)
        add(13, s1w); add(14, s1p)
        // Pairs.
        add(15, s0wp, n0wp); add(16, s0wp, n0w); add(17, s0w, n0wp)
        add(18, s0wp, n0p); add(19, s0p, n0wp); add(20, s0w, n0w)
        add(21, s0p, n0p); add(22, n0p, n1p); add(23, s1p, s0p)
        // Triples of tags.
        add(24, n0p, n1p, n2p); add(25, s0p, n0p, n1p)
        add(26, p(s0h), s0p, n0p); add(27, s0p, p(s0l), n0p)
        add(28, s0p, p(s0r), n0p); add(29, s0p, n0p, p(n0l))
        add(30, s1p, s0p, n0p); add(31, s0w, n0p, n1p)
        // Distance.
        add(32, s0w, dist); add(33, s0p, dist); add(34, n0w, dist); add(35, n0p, dist)
        add(36, s0w, n0w, dist); add(37, s0p, n0p, dist)
        // Valency.
        add(38, s0w, s0vr); add(39, s0p, s0vr); add(40, s0w, s0vl); add(41, s0p, s0vl)
        add(42, n0w, n0vl); add(43, n0p, n0vl)
        // Heads and children.
        add(44, w(s0h)); add(45, p(s0h)); add(46, l(s0))
        add(47, w(s0l)); add(48, p(s0l)); add(49, l(s0l))
        add(50, w(s0r)); add(51, p(s0r)); add(52, l(s0r))
        add(53, w(n0l)); add(54, p(n0l)); add(55, l(n0l))
        // Second-order children and grandparents.
        add(56, w(s0h2)); add(57, p(s0h2))
        add(58, w(s0l2)); add(59, p(s0l2)); add(60, l(s0l2))
        add(61, w(s0r2)); add(62, p(s0r2)); add(63, l(s0r2))
        add(64, w(n0l2)); add(65, p(n0l2)); add(66, l(n0l2))
        add(67, s0p, p(s0l), p(s0l2)); add(68, s0p, p(s0r), p(s0r2))
        add(69, s0p, p(s0h), p(s0h2)); add(70, n0p, p(n0l), p(n0l2))
        // Label sets.
        add(71, s0w, s0rl); add(72, s0p, s0rl); add(73, s0w, s0ll); add(74, s0p, s0ll)
        add(75, n0w, n0ll); add(76, n0p, n0ll)
        // Labels with tags.
        add(77, s0p, l(s0), n0p); add(78, s0p, l(s0l), n0p); add(79, s0p, l(s0r), n0p)
        add(80, n0p, l(n0l), s0p); add(81, s0wp, n1p); add(82, n0w, n1w)
        if let coarse {
            // UPOS alone: robust when the tagger confuses fine tags (VBD/VBN, NN/NNP).
            @inline(__always) func c(_ i: Int) -> UInt64 { i < 0 ? none : (i == n ? rootNode : coarse[i]) }
            let s0c = c(s0), n0c = c(n0), n1c = c(n1)
            add(83, s0c); add(84, n0c); add(85, s0c, n0c); add(86, s0c, n0c, n1c)
            add(87, c(s0h), s0c, n0c); add(88, c(s1), s0c, n0c); add(89, n0c, n1c, c(n2))
            add(90, s0w, n0c); add(91, s0c, n0w); add(92, s0c, n0c, dist)
            add(93, s0c, c(s0l), n0c); add(94, s0c, c(s0r), n0c)
            // Valencies and child labels with UPOS: how complete the stack top and the
            // buffer front already are, robust to fine-tag errors (UAS +0.4 in a short run).
            add(95, s0c, s0vl, s0vr); add(96, n0c, n0vl, s0c); add(97, s0c, l(s0l), l(s0r))
        }
        if let clusters {
            // Brown clusters: whole paths and 4- and 6-step prefixes, so that words the
            // treebank never saw act like the words they share a cluster with.
            // Without UPOS templates, their value is 0 (as in ``ParserFeatureCache``).
            @inline(__always) func c(_ i: Int) -> UInt64 {
                guard let coarse else { return 0 }
                return i < 0 ? none : (i == n ? rootNode : coarse[i])
            }
            @inline(__always) func cl(_ i: Int, _ steps: Int = 0) -> UInt64 {
                if i < 0 { return none }
                if i == n { return rootNode }
                return steps == 0 ? clusters[i] : UInt64(WordClusters.prefix(UInt32(truncatingIfNeeded: clusters[i]), steps))
            }
            let s0c = c(s0), n0c = c(n0)
            let s0f = cl(s0), n0f = cl(n0), n1f = cl(n1)
            let s04 = cl(s0, 4), n04 = cl(n0, 4), n14 = cl(n1, 4), s06 = cl(s0, 6), n06 = cl(n0, 6)
            add(98, s0f); add(99, n0f); add(100, n1f)
            add(101, s04, n04); add(102, s06, n06); add(103, s0f, n0c); add(104, s0c, n0f)
            add(105, s04, n04, n14); add(106, cl(s0h, 6), s0c, n0c); add(107, cl(s1, 4), s04, n04)
            add(108, s0f, w(n0)); add(109, w(s0), n0f)
        }
        return k
    }
}
