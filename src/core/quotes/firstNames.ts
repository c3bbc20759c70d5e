// Common English-language first names that are clearly one gender, written for pronoun resolution
// (gender.ts). Names often given to either (Alex, Jordan, Kim, Robin …) are left out on purpose.
const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const MALE_FIRST_NAMES = list(`
  aaron adam adrian ahmed alan albert alexander alfred ali andrew angus anthony antonio arthur barry ben benjamin bernard
  bill billy bob boris brad bradley brandon brendan brett brian bruce bryan calvin carl carlos charles charlie chris
  christopher clarence claude clifford colin craig dale damian dan daniel darren dave david dean dennis derek diego dominic
  don donald doug douglas duncan dustin dwayne ed eddie edward eric ernest evan frank fred frederick gabriel gareth gary
  gavin geoffrey george gerald gordon graham greg gregory guy harold harry harvey hector henry howard hugh ian isaac ivan
  jack jacob jake james jason jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh
  joshua juan justin keith ken kenneth kevin kurt kyle larry lawrence leo leonard liam lloyd louis luis luke malcolm marc
  marco mark martin matt matthew michael mike miles mohamed mohammed muhammad nathan neil nicholas nick nigel noah norman
  oliver omar oscar owen patrick paul pedro peter phil philip pierre ralph randy ray raymond reginald richard rick ricky rob
  robert rod roger ron ronald ross roy russell ryan samuel scott sean sebastian sergei seth shane shaun simon stanley stephen
  steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trevor troy victor vincent walter warren wayne
  wesley william willie yusuf zachary
`);

export const FEMALE_FIRST_NAMES = list(`
  abigail ada agnes alice alicia alison amanda amber amelia amy andrea angela angelina anita ann anna anne annie april
  barbara beatrice becky beth betty beverly bonnie brenda brittany caitlin carla carmen carol caroline carolyn catherine
  cathy charlotte chelsea cheryl christina christine cindy claire clara colleen crystal cynthia daisy danielle deborah debra
  denise diana diane donna doris dorothy edith eileen elaine eleanor elena elizabeth ella ellen emily emma erica erin esther
  eva evelyn fatima fiona florence frances gail gina gloria grace hannah heather helen holly irene isabel isabella jacqueline
  jane janet janice jasmine jennifer jenny jessica jill joan joanna joanne jodi josephine joy joyce judith judy julia
  julie karen katherine kathleen kathryn kathy katie kelly kimberly kristen laura lauren leah linda lisa lois lorraine louise
  lucy lydia lynn maggie margaret maria marie marilyn marion martha mary megan melanie melissa michelle mildred miriam molly
  monica nancy natalie nicole nina nora olivia pamela patricia paula pauline peggy penny rachel rebecca rita rosa rose
  ruth sally samantha sandra sara sarah sharon sheila shirley sophia sophie stacy stephanie susan suzanne sylvia tamara
  teresa theresa tina tracy valerie vanessa victoria virginia wanda wendy yvonne zoe
`);
