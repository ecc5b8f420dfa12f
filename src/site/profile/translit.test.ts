import { describe, expect, it } from 'vitest';
import { latinName } from './translit.ts';

describe('latinName (KMU resolution No. 55 of 27.01.2010)', () => {
  // The resolution's table gives these examples.
  it.each([
    ['Згорани', 'Zghorany'],
    ['Розгон', 'Rozghon'],
    ['Єнакієве', 'Yenakiieve'],
    ['Гаєвич', 'Haievych'],
    ['Короп’є', 'Koropie'],
    ['Їжакевич', 'Yizhakevych'],
    ['Кадиївка', 'Kadyivka'],
    ['Мар’їне', 'Marine'],
    ['Йосипівка', 'Yosypivka'],
    ['Стрий', 'Stryi'],
    ['Олексій', 'Oleksii'],
    ['Юрій', 'Yurii'],
    ['Корюківка', 'Koriukivka'],
    ['Яготин', 'Yahotyn'],
    ['Костянтин', 'Kostiantyn'],
    ['Знам’янка', 'Znamianka'],
    ['Феодосія', 'Feodosiia'],
    ['Щербухи', 'Shcherbukhy'],
    ['Гоща', 'Hoshcha'],
    ['Ґалаґан', 'Galagan'],
    ['Рівне', 'Rivne'],
    ['Ізмаїл', 'Izmail'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(latinName(cyrillic)).toBe(latin);
  });

  it('drops every apostrophe an export may carry', () => {
    for (const a of ["'", '’', 'ʼ'])
      expect(latinName(`Знам${a}янська міська громада`)).toBe('Znamianska miska hromada');
  });
});
