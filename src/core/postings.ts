/** An inverted index: each key -> the positions, in order, of the lists that hold it (each position once per key). */
export function postingsOf(lists: readonly Iterable<string>[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  lists.forEach((list, i) => {
    for (const key of list) {
      const posting = postings.get(key);
      if (!posting) postings.set(key, [i]);
      else if (posting[posting.length - 1] !== i) posting.push(i);
    }
  });
  return postings;
}
