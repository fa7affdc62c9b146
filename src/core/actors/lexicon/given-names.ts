/**
 * A modest list of common given names in many languages, lower-case and without diacritics. A
 * capitalised sequence that starts with one is very likely a person ("Yulia Shapovalova"), and a known
 * given name marks where a person's name starts after an unknown abbreviation ("OB Oleksandr Syrskyj").
 */
import { foldWord, memo } from './memo.js';

const NAMES = `
aaron abdul abdullah abu adam adrian ahmad ahmed aisha alan albert alberto aleksandr aleksei alessandro
alex alexander alexandra alexandre alexei alexey ali alice alina alison amanda amir amy ana anatoly anders
andrea andreas andrei andrej andres andrew andriy andrzej andy angela angelina ann anna anne annalena
anthony antonio antony anton ariel arnold arthur arseniy ashley barack barbara ben benjamin benny bernard
bernie beth bill bob boris brad brian bruce carl carla carlos carol caroline carolyn catherine charles
charlie charlotte chris christian christina christine christopher chuck claire claude claudia colin
dan daniel daniela danielle dave david dean denis dennis denys diana diego dmitri dmitriy dmitro dmitry
dmytro donald doug douglas ed eduard edward elena eli elijah elisabeth elizabeth ella ellen elon emily
emma emmanuel emmanuelle enrique eric erik ethan eva evgeny fatima felix fernando fiona francesca
francis francisco frank franz frederik friedrich gabriel gary george georgy gerald gerhard gianni giorgia
giorgio giuseppe gordon grace greg gregory gustav hakan hamid hans harald harry hassan heinrich helen
helena henrik henry hillary hugh hugo hunter ian igor ilya inga ingrid irina isaac ivan jack jacob jacques
jake james jan jane janet jared jason javier jean jeff jeffrey jennifer jens jeremy jerome jessica jim
jimmy joan joe joel johan johannes john johnny jon jonas jonathan jordan jorge jose josef joseph josh
joshua juan julia julian julie justin kamala karen karin karl karoline kate katherine kathleen katie
kaja kevin keir kemal khalid kim kimberly kirill klaus kristi kristina kurt lars laura lauren lee leo leon
leonid linda lisa liz louis lucas luis luiz lukas magnus maria marco marcus margaret maria marie marina
mario mark marta martin mary mateusz matt matthew maxim maximilian mette michael michel micheal michelle
miguel mike mikhail mohammed mohammad muhammad nancy natalia natalie nathan nicholas nick nicola
nicolas nikita nikolai nina noah olaf oleg oleksandr oleksiy olena olga oliver olivia omar oscar pablo
pam paolo pat patricia patrick paul paula pavel pedro pekka pete peter petr petro philip philippe pierre
rachel rafael ralph ramzan raul rebecca recep richard rick rishi rob robert roberto roman ron ronald rose
ruslan ryan sadiq sam samantha samuel sandra sara sarah scott sean sebastian serge sergei sergey sergiy
sergiy serhiy shane sharon simon sofia sophie stanislav stefan stephan stephanie stephen steve steven
susan svetlana sven tamara tatiana ted teresa theresa thierry thomas tim timothy tina todd tom tommy tony
tulsi ulf ursula valentina valery valeriy vasily vera victor viktor viktoria vince vincent vitali vitaly
vladimir vladislav volodymyr walter wang wei william xi yana yaroslav yevgeny yulia yuliia yuri yury
yusuf zoe zbigniew jd jk rudy ted marcia marjorie nikki robert kash pam tulsi kristi mikael magdalena
ulf annie jenny greta ebba kaja donald jean-claude jean-luc jean-marie hans-peter anna-lena
abd abdel abdallah abdulla abdulaziz abdulrahman abdelaziz abdelfattah abbas adel adnan ahmet akram ali-reza
alireza amal amin amina anees anis ashraf ayman aziz badr bakr bashar bashir basil bassam emad emadeddin
faisal farid fatah fawzi fuad ghassan habib hadi haitham hakim hamad hamdan hamza hani hannibal haroun hashem
hashim hasan haydar hazem hisham hossein houssam hussain hussein ibrahim idris imad imran ismail issa jaber
jalal jamal jamil karim kareem khaled khalil mahdi mahmoud mahmud majid malik mansour marwan masoud mohamed
mohamad mohammed mostafa moussa muammar moamer moammar muhammed mustafa musa nabil naim naeem nasser nawaf
nizar omar osama qasim rami rashid reza riad riyad saad saeed said saif seif salah saleh salem salim salman
sami samir sayed tariq walid yahya yasser yasin youssef yousef yusef zaid zayed ziad masoud masud javad
mojtaba ebrahim esmail hassan-ali hakan mevlut binali ekrem selahattin devlet tayyip kemal
ludovic tatyana tatiana olivier francois francoise jean-pierre jean-noel sebastien jacques-yves emmanuel
benoit thibault gaspard bethan rahilla safia sergio pete joseph charbel bartholomew himedan ludovico
`;

/** Lower-case given names without diacritics. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True when a word is a listed given name, whatever its case and diacritics ("António", "MIKE"). */
export const isGivenName = memo((word: string): boolean => GIVEN_NAMES.has(foldWord(word)));
