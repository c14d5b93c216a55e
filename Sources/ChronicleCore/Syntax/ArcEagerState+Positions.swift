extension ArcEagerState {
    /// The positions and counts a decision's features read, computed once per decision for both
    /// the training path (``DependencyParser/features(_:_:_:_:into:)``) and the parse path
    /// (``ParserFeatureCache/features(_:into:)``). Positions are -1 when absent; ``n`` is the
    /// root node.
    struct Positions {
        let s0, s1, n0, n1, n2: Int
        /// The stack top's head and grandparent; its outermost and second children on each side.
        let s0h, s0h2, s0l, s0l2, s0r, s0r2: Int
        /// The buffer front's outermost and second left children.
        let n0l, n0l2: Int
        /// The distance from the stack top to the buffer front (at most 6; 0 without a stack top).
        let dist: UInt64
        /// Valencies: the stack top's left and right children (99 without one), the front's left ones.
        let s0vl, s0vr, n0vl: UInt64
        /// The label sets of the stack top's left and right children and the front's left ones.
        let s0ll, s0rl, n0ll: UInt64

        @inline(__always)
        init(_ st: ArcEagerState) {
            let n = st.n
            @inline(__always) func at(_ a: [Int], _ i: Int) -> Int { i < 0 ? -1 : a[i] }
            s0 = st.s0
            s1 = st.s1
            n0 = st.front
            n1 = n0 + 1 <= n ? n0 + 1 : -1
            n2 = n0 + 2 <= n ? n0 + 2 : -1
            s0h = s0 >= 0 ? st.heads[s0] : -1
            s0h2 = s0h >= 0 && s0h < n ? st.heads[s0h] : -1
            s0l = at(st.left1, s0); s0l2 = at(st.left2, s0)
            s0r = at(st.right1, s0); s0r2 = at(st.right2, s0)
            n0l = at(st.left1, n0); n0l2 = at(st.left2, n0)
            dist = s0 >= 0 ? UInt64(min(n0 - s0, 6)) : 0
            s0vl = s0 >= 0 ? UInt64(st.leftCount[s0]) : 99
            s0vr = s0 >= 0 ? UInt64(st.rightCount[s0]) : 99
            n0vl = UInt64(st.leftCount[n0])
            s0ll = s0 >= 0 ? st.leftLabels[s0] : 1 << 63
            s0rl = s0 >= 0 ? st.rightLabels[s0] : 1 << 63
            n0ll = st.leftLabels[n0]
        }
    }
}
