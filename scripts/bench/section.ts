// One part of `npm run bench`: a name to select it by and a run that says whether it met its target.
export interface BenchSection {
  name: string;
  /** true when the section met its target */
  run(): Promise<boolean>;
}
